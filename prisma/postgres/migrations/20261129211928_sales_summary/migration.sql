-- CreateTable
CREATE TABLE "SellerMonthSales" (
    "sellerId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "gmv" BIGINT NOT NULL,

    CONSTRAINT "SellerMonthSales_pkey" PRIMARY KEY ("sellerId","month")
);

-- CreateTable
CREATE TABLE "SellerMonthCategorySales" (
    "sellerId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "gmv" BIGINT NOT NULL,

    CONSTRAINT "SellerMonthCategorySales_pkey" PRIMARY KEY ("sellerId","month","categoryId")
);

-- CreateIndex
CREATE INDEX "SellerMonthSales_month_idx" ON "SellerMonthSales"("month");

-- CreateIndex
CREATE INDEX "Order_updatedAt_idx" ON "Order"("updatedAt");
