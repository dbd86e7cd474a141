'use strict';
// The icon checker must read PNGs from other tools too: those use every row filter, palettes and
// grey+alpha. Encode such images here (independently of lib/png's encoder) and decode them back.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const zlib = require('node:zlib');
const { crc32 } = require('./lib/crc32');
const { decode } = require('./lib/png');
const { checkOutline } = require('./lib/icons');

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Encodes raw samples with row filter (y % 5): none, sub, up, average, paeth in turn. */
function encode(width, height, colorType, channels, samples, extra = []) {
  const stride = width * channels;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    const row = Buffer.alloc(stride + 1);
    row[0] = filter;
    for (let x = 0; x < stride; x++) {
      const value = samples[y * stride + x];
      const a = x >= channels ? samples[y * stride + x - channels] : 0;
      const b = y > 0 ? samples[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? samples[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      row[x + 1] = (value - predictor) & 0xff;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), ...extra, chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('decode_RgbaWithEveryRowFilter_GivesBackThePixels', () => {
  // Arrange
  const samples = Buffer.alloc(7 * 10 * 4).map((_, i) => (i * 37 + (i >> 3) * 11) & 0xff);

  // Act
  const png = decode(encode(7, 10, 6, 4, samples));

  // Assert
  assert.equal(png.width, 7);
  assert.equal(png.height, 10);
  assert.deepEqual(Buffer.from(png.rgba), samples);
});

test('decode_GreyAlpha_ExpandsToRgba', () => {
  // Arrange
  const samples = Buffer.from([255, 0, 255, 128, 10, 255, 255, 255]); // 2×2 grey+alpha

  // Act
  const png = decode(encode(2, 2, 4, 2, samples));

  // Assert
  assert.deepEqual([...png.rgba], [255, 255, 255, 0, 255, 255, 255, 128, 10, 10, 10, 255, 255, 255, 255, 255]);
  assert.equal(png.hasAlpha, true);
});

test('checkOutline_PaletteWithTransparentIndex_AcceptsWhiteOnTransparent', () => {
  // Arrange: index 0 transparent, index 1 opaque white; a 32×32 white square in the middle.
  const indexes = Buffer.alloc(32 * 32).map((_, i) => ((i % 32) >= 8 && (i % 32) < 24 && i >= 256 && i < 768 ? 1 : 0));
  const file = encode(32, 32, 3, 1, indexes, [chunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255])), chunk('tRNS', Buffer.from([0, 255]))]);

  // Act
  const result = checkOutline(file);

  // Assert
  assert.deepEqual(result.errors, []);
});

test('decode_CorruptedChunk_ReportsBadCrc', () => {
  // Arrange
  const file = encode(2, 2, 6, 4, Buffer.alloc(16, 200));
  file[20] ^= 0xff; // inside IHDR

  // Act / Assert
  assert.throws(() => decode(file), /bad CRC in chunk IHDR/);
});
