/** The shape of a personal-data export (data.json), shared by the export and its files. */
import type {
  AttendanceStatus,
  BusinessSector,
  CashbookKind,
  DebtDirection,
  LegalityStatus,
  LegalityType,
  LiteracyStratum,
  OrderStatus,
  PaymentMethod,
  PaymentStatus,
  Role,
  ShippingMethod,
  SizeClass,
  TaxpayerType,
  TrainingTopic,
  VerificationStatus,
} from "~/generated/prisma/enums";

export interface PersonalDataExport {
  /** When the export was made (ISO 8601, UTC). */
  generatedAt: string;
  account: {
    id: string;
    name: string;
    phone: string;
    email: string | null;
    locale: string;
    createdAt: string;
    disabledAt: string | null;
    roles: { role: Role; regionCode: string | null; since: string }[];
    notifyWhatsapp: boolean;
    notifyEmail: boolean;
  };
  sessions: {
    createdAt: string;
    lastSeenAt: string;
    expiresAt: string;
    revokedAt: string | null;
    ip: string | null;
    userAgent: string | null;
  }[];
  /** Checkouts as a buyer, each with one order per shop. */
  orders: ExportedCheckout[];
  /** Every distinct delivery address given at checkout (there is no address book). */
  addresses: ExportedAddress[];
  reviews: {
    orderCode: string;
    product: string;
    variant: string;
    rating: number;
    body: string;
    createdAt: string;
  }[];
  notifications: {
    createdAt: string;
    readAt: string | null;
    kind: string;
    title: string;
    body: string;
    link: string;
  }[];
  /** Shops (UMKM) this person owns. */
  sellers: ExportedSeller[];
  /** Personal-data requests about this account that staff processed, from the audit log. */
  privacyRequests: { action: string; at: string; onBehalf: boolean }[];
}

export interface ExportedRecipient {
  name: string;
  phone: string;
  address: string;
  desaCode: string | null;
  desa: string | null;
}

export interface ExportedPayment {
  method: PaymentMethod;
  status: PaymentStatus;
  /** Rupiah. */
  amount: number;
  createdAt: string;
  confirmedAt: string | null;
  /** Path of the transfer receipt the buyer uploaded, if any. */
  receipt: string | null;
}

export interface ExportedCheckout {
  groupCode: string;
  placedAt: string;
  paymentMethod: PaymentMethod;
  /** Rupiah, every shop's order together. */
  total: number;
  recipient: ExportedRecipient;
  /** A card payment covering the whole checkout; other payments are on each order. */
  payments: ExportedPayment[];
  orders: {
    code: string;
    shop: string;
    status: OrderStatus;
    shippingMethod: ShippingMethod;
    shippingFee: number;
    subtotal: number;
    total: number;
    trackingNumber: string | null;
    cancelReason: string | null;
    createdAt: string;
    paidAt: string | null;
    completedAt: string | null;
    items: {
      product: string;
      variant: string;
      unitPrice: number;
      quantity: number;
      lineTotal: number;
    }[];
    payments: ExportedPayment[];
    timeline: { status: OrderStatus; at: string; note: string | null }[];
  }[];
}

export interface ExportedAddress extends ExportedRecipient {
  firstUsedAt: string;
  lastUsedAt: string;
  checkouts: number;
}

export interface ExportedSeller {
  id: string;
  slug: string;
  businessName: string;
  ownerName: string;
  /** The owner's NIK in full: their own data, stored encrypted. */
  ownerNik: string | null;
  desaCode: string;
  desa: string;
  address: string | null;
  sector: BusinessSector;
  whatsapp: string;
  description: string;
  foundedYear: number | null;
  verificationStatus: VerificationStatus;
  verifiedAt: string | null;
  sizeClass: SizeClass;
  bankName: string | null;
  bankAccountNumber: string | null;
  bankAccountName: string | null;
  localDeliveryFee: number | null;
  createdAt: string;
  legalities: {
    type: LegalityType;
    number: string;
    status: LegalityStatus;
    reviewedAt: string | null;
    note: string | null;
    issuedAt: string | null;
    /** The moment validity ends (the day after the last valid day, Jakarta midnight). */
    expiresAt: string | null;
    /** A scan is stored; the owner downloads it from the shop's legality page. */
    hasScan: boolean;
  }[];
  taxpayerType: TaxpayerType;
  pphFinalSinceYear: number | null;
  debts: {
    direction: DebtDirection;
    partyName: string;
    partyPhone: string | null;
    category: string;
    /** Rupiah. */
    amount: number;
    paid: number;
    incurredOn: string;
    dueOn: string | null;
    note: string;
    remind: boolean;
    settledAt: string | null;
    payments: { paidOn: string; amount: number }[];
  }[];
  cashbook: {
    occurredOn: string;
    kind: CashbookKind;
    category: string;
    /** Rupiah. */
    amount: number;
    note: string;
    orderCode: string | null;
    createdAt: string;
  }[];
  literacyAssessments: {
    assessedAt: string;
    instrumentVersion: string;
    knowledgeScore: number;
    skillScore: number;
    confidenceScore: number;
    attitudeScore: number;
    behaviourScore: number;
    totalScore: number;
    stratum: LiteracyStratum;
    hasBankAccount: boolean;
    usesEwallet: boolean;
    hasSavings: boolean;
    hasCredit: boolean;
    hasKur: boolean;
    hasInsurance: boolean;
    answers: unknown;
  }[];
  training: {
    programme: string;
    topic: TrainingTopic;
    organiser: string;
    startsAt: string;
    venue: string;
    desa: string;
    trainer: string;
    status: AttendanceStatus;
    preScore: number | null;
    postScore: number | null;
    certificateNumber: string | null;
    certificateIssuedAt: string | null;
  }[];
}
