/** What the demo history is generated from: the seeded sellers, products, buyers and villages. */

export interface HistorySeller {
  id: string;
  ownerId: string;
  desaCode: string;
  verified: boolean;
  createdAt: Date;
  hasQris: boolean;
  localDeliveryFee: number | null;
}

export interface HistoryProduct {
  id: string;
  sellerId: string;
  title: string;
  active: boolean;
  variants: { id: string; name: string; price: number }[];
}

export interface HistoryInput {
  now: Date;
  seed: number;
  sellers: HistorySeller[];
  products: HistoryProduct[];
  /** Users who buy: id, name, phone. */
  buyers: { id: string; name: string; phone: string }[];
  villages: { code: string; name: string; kecamatanCode: string }[];
  staffId: string;
  /** The operator who recorded assessments in their own desa. */
  operator: { id: string; desaCode: string };
  feePercent?: number;
}
