import "server-only";
import { crc32, deflateRawSync } from "node:zlib";

// A minimal ZIP writer (deflate, no encryption, no ZIP64): enough for the all-data bundle of a few
// megabytes, without a dependency. Entries are written in order with fixed timestamps, so the same
// data gives the same bytes (and the response cache and checksums stay stable).

export type ZipEntry = { name: string; data: Buffer | string };

// 1 January 2020, 00:00, in DOS format: a fixed time, since the files have no time of their own.
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/**
 * The fields a local header and the central directory share, from version-needed on: version 2.0
 * (deflate), UTF-8 names, deflate, the fixed time, the CRC, both sizes and the name's length.
 */
function commonFields(header: Buffer, at: number, f: { crc: number; packed: number; raw: number; nameLength: number }) {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.packed, at + 14);
  header.writeUInt32LE(f.raw, at + 18);
  header.writeUInt16LE(f.nameLength, at + 22);
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const packed = deflateRawSync(raw, { level: 9 });
    const fields = { crc: crc32(raw), packed: packed.length, raw: raw.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    commonFields(local, 4, fields);
    locals.push(local, name, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by version 2.0
    commonFields(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
