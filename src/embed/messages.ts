/**
 * What an embed (/<locale>/embed/…) tells the page that frames it: its height in CSS
 * pixels, on load and whenever it changes, so the frame can fit it. README, "Embedding".
 */
export const heightMessageType = 'keep-or-win:height';

export interface HeightMessage {
  type: typeof heightMessageType;
  height: number;
}

export const heightMessage = (height: number): HeightMessage => ({ type: heightMessageType, height: Math.ceil(height) });
