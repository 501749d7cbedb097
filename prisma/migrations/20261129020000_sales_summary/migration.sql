-- CreateTable
CREATE TABLE "SellerMonthSales" (
    "sellerId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "gmv" BIGINT NOT NULL,

    PRIMARY KEY ("sellerId", "month")
);

-- CreateTable
CREATE TABLE "SellerMonthCategorySales" (
    "sellerId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "gmv" BIGINT NOT NULL,

    PRIMARY KEY ("sellerId", "month", "categoryId")
);

-- CreateIndex
CREATE INDEX "SellerMonthSales_month_idx" ON "SellerMonthSales"("month");

-- CreateIndex
CREATE INDEX "Order_updatedAt_idx" ON "Order"("updatedAt");

