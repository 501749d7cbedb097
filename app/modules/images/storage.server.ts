import fs from "node:fs/promises";
import path from "node:path";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { getEnv, type Env } from "~/utils/env.server";

/** Where image files live. Local disk by default; other backends implement the same contract. */
export interface ImageStorage {
  put(name: string, body: Buffer, contentType: string): Promise<void>;
  exists(name: string): Promise<boolean>;
  read(name: string): Promise<Buffer>;
  delete(name: string): Promise<void>;
}

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

export class LocalDiskStorage implements ImageStorage {
  constructor(private readonly dir: string) {}

  private resolve(name: string): string {
    // Names come from our own hashing, but never let one escape the directory.
    if (!SAFE_NAME.test(name)) throw new Error(`Unsafe storage name: ${name}`);
    return path.join(this.dir, name);
  }

  async put(name: string, body: Buffer): Promise<void> {
    const file = this.resolve(name);
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, body);
    await fs.rename(tmp, file);
  }

  async read(name: string): Promise<Buffer> {
    return fs.readFile(this.resolve(name));
  }

  async exists(name: string): Promise<boolean> {
    try {
      await fs.access(this.resolve(name));
      return true;
    } catch {
      return false;
    }
  }

  async delete(name: string): Promise<void> {
    await fs.rm(this.resolve(name), { force: true });
  }
}

export interface S3Config {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, R2, …); unset for AWS. */
  endpoint?: string;
  forcePathStyle?: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Key prefix inside the bucket, e.g. "images/". */
  prefix?: string;
  /** Cache-Control of stored objects; images are public and immutable by default. */
  cacheControl?: string;
}

/**
 * Images in an S3-compatible bucket through the official AWS SDK. Objects are immutable (names
 * are content hashes), so they carry a year-long cache header for a CDN in front.
 */
export class S3Storage implements ImageStorage {
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
    });
  }

  private key(name: string): string {
    if (!SAFE_NAME.test(name)) throw new Error(`Unsafe storage name: ${name}`);
    return `${this.config.prefix ?? ""}${name}`;
  }

  async put(name: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.key(name),
        Body: body,
        ContentType: contentType,
        CacheControl: this.config.cacheControl ?? "public, max-age=31536000, immutable",
      }),
    );
  }

  async exists(name: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.key(name) }),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async read(name: string): Promise<Buffer> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(name) }),
    );
    if (!object.Body) throw new Error(`Empty object: ${name}`);
    return Buffer.from(await object.Body.transformToByteArray());
  }

  async delete(name: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(name) }),
    );
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NotFound" || e?.name === "NoSuchKey" || e?.$metadata?.httpStatusCode === 404;
}

export type StorageConfig = { kind: "local"; dir: string } | ({ kind: "s3" } & S3Config);

export function createImageStorage(config: StorageConfig): ImageStorage {
  return config.kind === "s3" ? new S3Storage(config) : new LocalDiskStorage(config.dir);
}

let storage: ImageStorage | undefined;

/** The process's image storage (local disk under IMAGE_DIR, or S3 when configured). */
export function getImageStorage(config: StorageConfig): ImageStorage {
  storage ??= createImageStorage(config);
  return storage;
}

/** Content type of a stored variant, from its extension. */
export function contentTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf(".") + 1);
  return (
    {
      webp: "image/webp",
      avif: "image/avif",
      jpeg: "image/jpeg",
      jpg: "image/jpeg",
      png: "image/png",
    }[ext] ?? "application/octet-stream"
  );
}

/** The storage the environment configures (local disk unless IMAGE_STORAGE=s3). */
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

/**
 * Where private documents (legality scans) live: DOCUMENT_DIR on local disk, or a prefix of the
 * same bucket that is never public. The app serves them only after a permission check; nothing
 * under /images can reach them.
 */
export function documentStorageConfig(env: Env): StorageConfig {
  const images = storageConfig(env);
  if (images.kind === "s3") {
    return { ...images, prefix: env.S3_DOCUMENT_PREFIX, cacheControl: "private, no-store" };
  }
  return { kind: "local", dir: env.DOCUMENT_DIR };
}

let documents: ImageStorage | undefined;

/** This process's private document storage, as configured. */
export function documentStorage(): ImageStorage {
  documents ??= createImageStorage(documentStorageConfig(getEnv()));
  return documents;
}
