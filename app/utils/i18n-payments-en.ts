import type { paymentsId } from "./i18n-payments-id";

export const paymentsEn: Record<keyof typeof paymentsId, string> = {
  "order.gatewayFailed":
    "The order was placed, but the payment could not be opened yet. Try again with the button below.",
  "transfer.exactly": "Transfer exactly {amount}",
  "transfer.codeNote":
    "This includes a unique code of {code} rupiah so your payment is recognised automatically on the seller's bank statement. Do not round it.",
  "transfer.copy": "Copy amount",
  "transfer.copyNumber": "Copy account number",
  "transfer.copied": "Copied",
  "statements.nav": "Bank statement",
  "statements.title": "Match a bank statement",
  "statements.intro":
    "Upload the CSV statement of {bank} {number}. Every incoming amount that equals a transfer's bill exactly (unique code included) confirms its order at once.",
  "statements.noAccount": "Add the shop's bank account in the payment settings first.",
  "statements.layout": "File layout",
  "statements.file": "Statement file (CSV, at most 2 MB)",
  "statements.mapping": "Columns for another bank",
  "statements.mappingHint":
    "Used only with “Another bank”. Columns count from 1; the settings are kept for the next upload.",
  "statements.delimiter": "Column separator",
  "statements.delimiter.comma": "Comma (,)",
  "statements.delimiter.semicolon": "Semicolon (;)",
  "statements.delimiter.tab": "Tab",
  "statements.skipRows": "Rows above the first transaction (the header included)",
  "statements.dateColumn": "Date column",
  "statements.descriptionColumn": "Description column",
  "statements.creditColumn": "Credit column (money in)",
  "statements.debitColumn": "Debit column (optional)",
  "statements.directionColumn": "CR/DB column (optional)",
  "statements.dateFormat": "Date format",
  "statements.upload": "Upload and match",
  "statements.uploaded":
    "Statement read: {confirmed} payments confirmed, {ambiguous} to decide, {unmatched} unmatched.",
  "statements.history": "Earlier uploads",
  "statements.none": "No statement uploaded yet.",
  "statements.row": "{date} · {file} · {credits} credits · {confirmed} confirmed",
  "statements.resultTitle": "Matching {file}",
  "statements.summary":
    "Uploaded {date} by {name}. {credits} credits, {known} uploaded before, {confirmed} confirmed.",
  "statements.confirmed": "Confirmed from the statement",
  "statements.ambiguous": "To decide",
  "statements.ambiguousHint":
    "Several bills have the same amount. Choose the order this incoming money pays.",
  "statements.unmatched": "Incoming money without a matching bill",
  "statements.unmatchedHint":
    "It may be a payment outside Pasar Kampung, a rounded transfer, or an order already cancelled. Check it and confirm by hand if needed.",
  "statements.settled": "Decided",
  "statements.line": "{date} · {description}",
  "statements.candidate": "{code} · {buyer} · {amount}",
  "statements.noneOfThem": "None of them",
  "statements.decide": "Save decision",
  "statements.decided": "Decision saved.",
  "statements.order": "Order {code}",
  "statements.empty": "None.",
  "statements.back": "Back to bank statements",
};
