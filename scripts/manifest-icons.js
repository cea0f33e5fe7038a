// Draws Postvakt's command icons as PNGs (zlib, no image tools): every size the manifest names.
// Run at dev time (`node scripts/manifest-icons.js`); the PNGs are committed under assets/.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA pixels (Uint8Array, row-major) to a PNG file buffer. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function segmentDistance(px, py, [ax, ay, bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Glyphs as line segments in a 0..1 box, drawn white on a rounded square. */
const GLYPHS = {
  // An envelope with a tick: Postvakt itself.
  postvakt: [
    [0.22, 0.3, 0.78, 0.3], [0.78, 0.3, 0.78, 0.72], [0.78, 0.72, 0.22, 0.72], [0.22, 0.72, 0.22, 0.3],
    [0.22, 0.3, 0.5, 0.52], [0.5, 0.52, 0.78, 0.3],
  ],
  // An arrow into a tray: send to the registrar.
  registrator: [
    [0.2, 0.42, 0.62, 0.42], [0.62, 0.42, 0.48, 0.28], [0.62, 0.42, 0.48, 0.56],
    [0.74, 0.24, 0.74, 0.78], [0.28, 0.78, 0.74, 0.78],
  ],
  // A waste bin: gallra.
  gallra: [
    [0.24, 0.28, 0.76, 0.28], [0.42, 0.2, 0.58, 0.2], [0.3, 0.28, 0.35, 0.8], [0.7, 0.28, 0.65, 0.8], [0.35, 0.8, 0.65, 0.8],
    [0.44, 0.4, 0.45, 0.7], [0.56, 0.4, 0.55, 0.7],
  ],
};

const COLORS = { postvakt: [0x0f, 0x54, 0x8c], registrator: [0x10, 0x7c, 0x41], gallra: [0xa4, 0x26, 0x2c] };

function drawIcon(name, size) {
  const rgba = new Uint8Array(size * size * 4);
  const stroke = Math.max(0.06, 1.6 / size);
  const radius = 0.18;
  const samples = 4;
  const [r, g, b] = COLORS[name];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let ink = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = (x + (sx + 0.5) / samples) / size;
          const py = (y + (sy + 0.5) / samples) / size;
          const qx = Math.max(Math.abs(px - 0.5) - (0.5 - radius), 0);
          const qy = Math.max(Math.abs(py - 0.5) - (0.5 - radius), 0);
          if (Math.hypot(qx, qy) > radius) continue;
          cover += 1;
          if (GLYPHS[name].some((s) => segmentDistance(px, py, s) <= stroke / 2)) ink += 1;
        }
      }
      const n = samples * samples;
      const i = (y * size + x) * 4;
      const t = cover ? ink / cover : 0;
      rgba[i] = Math.round(r + (255 - r) * t);
      rgba[i + 1] = Math.round(g + (255 - g) * t);
      rgba[i + 2] = Math.round(b + (255 - b) * t);
      rgba[i + 3] = Math.round((255 * cover) / n);
    }
  }
  return encodePng(size, size, rgba);
}

/** Every icon file the manifest references: desktop 16/32/80, mobile 25/32/48 at scales 1–3, store 64/128. */
function iconFiles() {
  const files = [];
  for (const name of Object.keys(GLYPHS)) {
    for (const size of [16, 32, 80]) files.push({ name, file: `${name}-${size}.png`, px: size });
    for (const size of [25, 32, 48]) {
      for (const scale of [1, 2, 3]) files.push({ name, file: `${name}-m${size}@${scale}x.png`, px: size * scale });
    }
  }
  files.push({ name: 'postvakt', file: 'postvakt-64.png', px: 64 }, { name: 'postvakt', file: 'postvakt-128.png', px: 128 });
  return files;
}

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const { name, file, px } of iconFiles()) fs.writeFileSync(path.join(dir, file), drawIcon(name, px));
  process.stdout.write(`Wrote ${iconFiles().length} icons to assets/\n`);
}

module.exports = { encodePng, drawIcon, iconFiles };
if (require.main === module) main();
