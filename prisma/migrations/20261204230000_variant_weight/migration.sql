-- A shipping weight per variant (null: the product's weight).
ALTER TABLE "ProductVariant" ADD COLUMN "weightGrams" INTEGER;
