import fs from "node:fs/promises";
import path from "node:path";

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

let storage: ImageStorage | undefined;

/** The configured image storage (local disk under IMAGE_DIR). */
export function getImageStorage(dir: string): ImageStorage {
  storage ??= new LocalDiskStorage(dir);
  return storage;
}
