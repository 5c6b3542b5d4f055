/**
 * Word documents (.docx) through mammoth: the document is converted to HTML (headings,
 * paragraphs, tables with vertically merged cells as `rowspan` and spanned columns as
 * `colspan`), then read by the HTML reader, so tables and text follow the same rules.
 */
import mammoth from 'mammoth';
import { DecodeError, messageOf, type DecodedContent } from './errors.js';
import { htmlContent } from './html.js';

export async function decodeDocx(bytes: Buffer, path: string): Promise<DecodedContent> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      // Images are not text: do not inline them as base64.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (err) {
    throw new DecodeError(path, `corrupt docx: mammoth could not read it (${messageOf(err)})`);
  }
  const { text, tables } = htmlContent(html);
  return { format: 'docx', encoding: null, text, tables };
}
