import type { BrowserContext, Locator } from '@playwright/test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * What a phone would read from a QR code as the page draws it: a screenshot of its svg,
 * decoded by jsQR in a blank page. Use a deviceScaleFactor of 2 or more so modules are sharp.
 */
export async function scan(context: BrowserContext, code: Locator): Promise<string | null> {
  const png = await code.locator('svg').screenshot();
  const scratch = await context.newPage();
  try {
    await scratch.addScriptTag({ path: require.resolve('jsqr/dist/jsQR.js') });
    return await scratch.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
      const decode = (window as unknown as { jsQR: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null })
        .jsQR;
      return decode(data, width, height)?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await scratch.close();
  }
}
