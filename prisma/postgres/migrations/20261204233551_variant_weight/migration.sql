-- AlterTable
ALTER TABLE "ProductVariant" ADD COLUMN     "weightGrams" INTEGER;
