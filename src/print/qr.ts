import { encode } from 'uqr';

/** A QR code as SVG drawing data: the side in modules, quiet zone included, and one path of the dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/**
 * Draws `text` as a QR code, at build time. The dark modules are one path of horizontal
 * runs (`M x y h n v 1 h -n z`), so the SVG needs no style attribute (the CSP allows only
 * hashed <style> elements) and stays small. The quiet zone is the four modules the
 * standard asks for, and the error correction level M survives a crease or a smudge on
 * paper without making a long URL's code too dense to print at 3 cm.
 */
export function drawQr(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const length = x - start + 1;
      runs.push(`M${start} ${y}h${length}v1h-${length}z`);
    }
  });
  return { size, path: runs.join('') };
}
