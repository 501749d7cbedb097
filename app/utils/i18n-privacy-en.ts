import type { privacyId } from "./i18n-privacy-id";

export const privacyEn: Record<keyof typeof privacyId, string> = {
  "footer.privacy": "Privacy policy",
  "nav.privacyDesk": "Personal data",
  "privacy.title": "Privacy policy",
  "privacy.erased":
    "Your account has been erased. Your name, phone number, email and address are no longer kept in the account or in orders.",
  "privacy.intro":
    "Pasar Kampung keeps as little personal data as it can, only to run this market, and respects your rights under Indonesia's Law No. 27 of 2022 on Personal Data Protection.",
  "privacy.whatTitle": "What we keep",
  "privacy.what.account":
    "Account: name, phone (WhatsApp) number, email if given, language and notification choices.",
  "privacy.what.orders":
    "Orders: recipient name, phone number and delivery address, items, prices, payments and transfer receipts.",
  "privacy.what.sessions":
    "Security: sign-in times, IP address and device type, to protect accounts from break-ins.",
  "privacy.what.sellers":
    "For sellers (UMKM): business profile, legality numbers, payout account, cashbook, debt book (including names and phone numbers of customers or suppliers the seller records; Pasar Kampung never contacts them), financial literacy assessments and training attendance — used by the district office to support them.",
  "privacy.whyTitle": "What for",
  "privacy.why":
    "To process and deliver orders, pay sellers, send news by WhatsApp or email when you ask for it, and report how UMKM grow per village and sub-district (district reports hold only totals). We do not sell your data or use it for advertising.",
  "privacy.sharedTitle": "Who can see it",
  "privacy.shared":
    "Sellers see the buyer's name, phone number and address on orders for their shop. Village operators and district staff see the data of the UMKM they support. Payment (Stripe) and messaging (WhatsApp, email) providers receive only what their task needs.",
  "privacy.keepTitle": "How long",
  "privacy.keep":
    "Account data is kept while the account is active. Transaction records (orders, amounts, sellers' ledgers) must be kept for 10 years under Indonesia's general tax law, so they stay after an account is erased — without your name, phone number and address.",
  "privacy.rightsTitle": "Your rights",
  "privacy.rights.download":
    "Download all your data (a ZIP of JSON and CSV files) on the My account page.",
  "privacy.rights.erase":
    "Erase your account: your name, phone number, email and address are removed from the account and every order; reviews keep only their stars.",
  "privacy.rights.desk":
    "Cannot use the site? Ask the operator at the village hall or the district office: staff can download or erase your data at your request, and every such action is logged.",
  "privacy.downloadLink": "Download my data",
  "privacy.eraseLink": "Erase my account",
  "privacy.accountSection": "Personal data",
  "privacy.accountIntro":
    "Download a copy of all your data, or erase this account. Read the privacy policy to see what we keep.",
  "privacy.eraseTitle": "Erase account",
  "privacy.eraseIntro":
    "Once erased, you cannot sign in with this account again and your phone number is free for a new account.",
  "privacy.eraseGone":
    "Erased: name, phone number, email, password, sign-ins, cart, notifications, the address and recipient name on your orders, and the review texts and cancellation reasons you wrote.",
  "privacy.eraseKept":
    "Kept without your identity: orders, their items and amounts, delivery status, review stars — sellers must keep their transaction records.",
  "privacy.eraseBlocked": "This account cannot be erased yet:",
  "privacy.blockOpenOrders":
    "{count} orders are not finished yet. Wait until they are completed or cancelled.",
  "privacy.blockSellers":
    "You own a UMKM ({names}). Ask the district staff to close or hand over the shop first.",
  "privacy.blockStaff": "This account holds a management role. Ask an admin to remove it first.",
  "privacy.password": "Your password",
  "privacy.confirm": "I understand this account will be erased and cannot be restored",
  "privacy.eraseSubmit": "Erase my account now",
  "privacy.wrongPassword": "Wrong password",
  "privacy.mustConfirm": "Tick the statement above to continue",
  "privacy.staffTitle": "Personal data requests",
  "privacy.staffIntro":
    "For people who cannot use the site: find their account by phone number, then download their data or erase their account at their request. Every action is written to the audit log with its reason.",
  "privacy.phone": "Phone number",
  "privacy.find": "Find",
  "privacy.notFound": "No account has that number.",
  "privacy.subject": "{name} · {phone} · joined {date}",
  "privacy.subjectErased": "This account has been erased.",
  "privacy.reason": "Reason, and how the request was made",
  "privacy.reasonHint":
    "For example: came to the Kemiren village hall with an ID card, 4 December.",
  "privacy.staffDownload": "Download data (ZIP)",
  "privacy.staffErase": "Erase this account",
  "privacy.staffConfirm":
    "This person asked for their account to be erased and I checked who they are",
  "privacy.staffErased": "The account was erased and written to the audit log.",
};
