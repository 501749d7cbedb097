/**
 * The parts of the official `midtrans-client` (CommonJS, untyped) that the Midtrans adapter uses.
 * Responses are left as `unknown`: the adapter parses them.
 */
declare module "midtrans-client" {
  export interface MidtransClientOptions {
    isProduction?: boolean;
    serverKey: string;
    clientKey?: string;
  }

  export class ApiConfig {
    isProduction: boolean;
    serverKey: string;
    clientKey: string;
    /** https://api.sandbox.midtrans.com or https://api.midtrans.com, chosen by isProduction. */
    getCoreApiBaseUrl(): string;
  }

  /** The client's wrapper around its own axios instance. */
  export class HttpClient {
    http_client: { defaults: { timeout?: number } };
  }

  export class Transaction {
    /** GET /v2/{order_id or transaction_id}/status */
    status(transactionId: string): Promise<unknown>;
  }

  export class CoreApi {
    constructor(options: MidtransClientOptions);
    apiConfig: ApiConfig;
    httpClient: HttpClient;
    transaction: Transaction;
    /** POST /v2/charge */
    charge(parameter: object): Promise<unknown>;
  }

  /**
   * Rejected requests: an HTTP status of 400 or more, a body whose `status_code` is 400 or more
   * (except 407, an expired transaction's status), or no response at all (httpStatusCode null).
   */
  export class MidtransError extends Error {
    httpStatusCode: number | string | null;
    ApiResponse: unknown;
    rawHttpClientData: unknown;
  }

  const midtransClient: {
    CoreApi: typeof CoreApi;
    MidtransError: typeof MidtransError;
  };
  export default midtransClient;
}
