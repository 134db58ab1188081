/**
 * Article files that are not UTF-8. An older Windows or Latin-1 export is read as Windows-1252
 * (which covers Latin-1's printable characters), with a warning, rather than shown with
 * replacement characters and its quotation marks lost.
 */
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (the WHATWG encoding index); the rest of the code page is
 * Latin-1. Written out because Node 20's TextDecoder('windows-1252') decodes these bytes as
 * Latin-1 control characters, which would turn every curly quote into an invisible one.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  return out;
}

/** The bytes as UTF-8: unchanged when they are, else decoded as Windows-1252 (with a warning). */
export function asUtf8(bytes: Uint8Array, path: string): { bytes: Uint8Array; warning?: string } {
  if (hasUtf16Bom(bytes) || UTF8_BOM.every((b, i) => bytes[i] === b)) return { bytes };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { bytes };
  } catch {
    const text = decodeWindows1252(bytes);
    return {
      bytes: new TextEncoder().encode(text),
      warning: `${path} is not UTF-8: read it as Windows-1252 (Latin-1). If letters look wrong, save the file as UTF-8.`,
    };
  }
}

