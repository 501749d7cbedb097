import {
  getImageStorage,
  type ImageStorage,
  type StorageConfig,
} from "~/modules/images/storage.server";
import { getEnv, type Env } from "./env.server";

export function storageConfig(env: Env): StorageConfig {
  if (env.IMAGE_STORAGE === "s3") {
    return {
      kind: "s3",
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      prefix: env.S3_PREFIX,
    };
  }
  return { kind: "local", dir: env.IMAGE_DIR };
}

/** This process's image storage, as configured. */
export function imageStorage(): ImageStorage {
  return getImageStorage(storageConfig(getEnv()));
}
