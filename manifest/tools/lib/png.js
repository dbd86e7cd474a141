'use strict';
// A small PNG encoder (8-bit RGBA) and decoder (8-bit grey, RGB, palette, grey+alpha, RGBA; not
// interlaced): enough to write our icons and to check any icon a designer hands us, with no dependency.
const zlib = require('zlib');
const { crc32 } = require('./crc32');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes. */
function encodeRgba(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Returns { width, height, colorType, hasAlpha, rgba } or throws with a reason a person can act on. */
function decode(buffer) {
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let header;
  let palette;
  let transparency;
  const idat = [];
  while (offset + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (crc32(buffer.subarray(offset + 4, offset + 8 + length)) !== buffer.readUInt32BE(offset + 8 + length)) {
      throw new Error(`corrupt PNG: bad CRC in chunk ${type}`);
    }
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8],
        colorType: data[9],
        interlace: data[12],
      };
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new Error('corrupt PNG: no IHDR chunk');
  const { width, height, bitDepth, colorType, interlace } = header;
  if (bitDepth !== 8 || !(colorType in CHANNELS)) {
    throw new Error(`unsupported PNG format (bit depth ${bitDepth}, colour type ${colorType}): export as 8-bit RGBA`);
  }
  if (interlace !== 0) throw new Error('interlaced PNG: export without interlacing');
  if (colorType === 3 && !palette) throw new Error('corrupt PNG: palette image without PLTE');

  const channels = CHANNELS[colorType];
  const stride = width * channels;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  if (raw.length < (stride + 1) * height) throw new Error('corrupt PNG: image data too short');
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`corrupt PNG: unknown filter ${filter}`);
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }

  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    let r, g, b, alpha;
    if (colorType === 0) {
      [r, g, b, alpha] = [p[0], p[0], p[0], transparency && transparency.readUInt16BE(0) === p[0] ? 0 : 255];
    } else if (colorType === 2) {
      const transparent = transparency && transparency.readUInt16BE(0) === p[0]
        && transparency.readUInt16BE(2) === p[1] && transparency.readUInt16BE(4) === p[2];
      [r, g, b, alpha] = [p[0], p[1], p[2], transparent ? 0 : 255];
    } else if (colorType === 3) {
      const index = p[0];
      [r, g, b] = [palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2]];
      alpha = transparency && index < transparency.length ? transparency[index] : 255;
    } else if (colorType === 4) {
      [r, g, b, alpha] = [p[0], p[0], p[0], p[1]];
    } else {
      [r, g, b, alpha] = p;
    }
    rgba.set([r, g, b, alpha], i * 4);
  }
  const hasAlpha = colorType === 4 || colorType === 6 || transparency !== undefined;
  return { width, height, colorType, hasAlpha, rgba };
}

module.exports = { encodeRgba, decode };
