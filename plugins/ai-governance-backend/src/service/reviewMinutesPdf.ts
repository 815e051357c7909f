import PDFDocument from 'pdfkit';
import type { ManagementReview } from '@aigov/plugin-ai-governance-common';
import { minutesOutline } from './reviewMinutes';

/** The minutes as a PDF document (pdfkit's built-in Helvetica, A4). */
export function minutesPdf(review: ManagementReview): Promise<Buffer> {
  const outline = minutesOutline(review);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: outline.title, Subject: 'ISO/IEC 42001 9.3' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(outline.title);
  doc.moveDown(0.5);
  for (const [label, value] of outline.facts) {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${label}: `, { continued: true })
      .font('Helvetica')
      .text(value);
  }
  for (const part of outline.parts) {
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(12).text(part.heading);
    if (part.note) {
      doc.font('Helvetica-Oblique').fontSize(9).text(part.note);
    }
    doc.font('Helvetica').fontSize(10);
    for (const line of part.lines.filter(Boolean)) {
      doc.moveDown(0.25).text(line);
    }
    if (part.bullets.length) {
      doc.moveDown(0.25).list(part.bullets, { bulletRadius: 1.5 });
    }
  }
  doc.end();
  return done;
}
