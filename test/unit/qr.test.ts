import { describe, it, expect } from 'vitest';
import jsQR from 'jsqr';
import { drawQr, type QrDrawing } from '../../src/print/qr';

/**
 * Paints a drawing as the SVG would show it, from its path data alone: white paper, each
 * `M x y h n v 1 h -n z` run in black, `scale` pixels a module. Then a phone's decoder reads it.
 */
function decode({ size, path }: QrDrawing, scale = 4): string | undefined {
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  // Every command is a run: nothing in the path is left unread.
  expect(runs.map(([run]) => run).join('')).toBe(path);
  for (const [, x, y, length] of runs) {
    for (let module = Number(x); module < Number(x) + Number(length); module++) {
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = ((Number(y) * scale + dy) * side + module * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }
  }
  return jsQR(pixels, side, side)?.data;
}

describe('drawQr', () => {
  const urls = [
    'https://example.org/en/lessons/two-ways-to-grow/',
    'https://example.org/fa/calculators/cost/?customers=60&retain=25&multiple=5&acquire=40',
    'http://localhost:4321/ar/lessons/lifetime-value/',
    // A URL with its non-ASCII path kept as the reader sees it: the bytes are UTF-8.
    'https://example.org/fa/واژه/',
  ];

  it.each(urls)('draws a code that decodes to %s', (url) => {
    expect(decode(drawQr(url))).toBe(url);
  });

  it('leaves the four-module quiet zone the standard asks for around the code', () => {
    const { size, path } = drawQr(urls[1]!);
    const starts = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, length]) => ({
      x: Number(x),
      y: Number(y),
      end: Number(x) + Number(length),
    }));
    expect(Math.min(...starts.map((run) => run.x))).toBe(4);
    expect(Math.min(...starts.map((run) => run.y))).toBe(4);
    expect(Math.max(...starts.map((run) => run.end))).toBe(size - 4);
    expect(Math.max(...starts.map((run) => run.y))).toBe(size - 5);
  });

  it('draws different codes for different scenarios', () => {
    expect(drawQr(`${urls[1]}`).path).not.toBe(drawQr(urls[1]!.replace('60', '61')).path);
  });
});
