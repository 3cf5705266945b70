import { officialUpperCase } from '@sikerja/model';
import * as fs from 'node:fs';
import { BorderStyle, ImageRun, Table, TableCell, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';
import type { Kop } from '@sikerja/model';
import { Blanks, para, rule, run, textWidth, twips } from './naskah.js';
import type { DocumentFacts } from './resolve.js';

/** The labels a region's form prints before each kop value (Bengkayang: "Kode Pos :", "Situs :"). */
export interface KopLabels { postalCode: string; phone: string; fax: string; website: string; email: string }
const DEFAULT_LABELS: KopLabels = { postalCode: 'Kode Pos', phone: 'Telepon', fax: 'Faksimile', website: 'Laman', email: 'Pos-el' };

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LOGO_MM = 22;

/**
 * The kop of a Perangkat Daerah: the pemda, the PD's name, its own address and contacts as the model
 * holds them, and the logo at the left. A PD is not given the pemda's address: only the Sekretariat
 * Daerah, the pemda's own secretariat, writes under the pemda's kop. The pemda's laman and logo serve
 * every PD that has none of its own. What the model lacks is a marked blank.
 */
export function kopFor(facts: DocumentFacts, unitId: string | undefined, blanks: Blanks): Array<Paragraph | Table> {
    const pdId = unitId === undefined ? undefined : facts.index.perangkatDaerahOf(unitId);
    const pd = pdId === undefined ? undefined : facts.index.organisations.get(pdId);
    const pemda = facts.pemda.kop ?? {};
    const own: Kop = pd?.kind === 'sekretariat-daerah' ? { ...pemda, ...pd.kop } : { website: pemda.website, logo: pemda.logo, ...pd?.kop };
    const labels = { ...DEFAULT_LABELS, ...facts.forms.kop };
    const head = facts.pemda.title ? `PEMERINTAH ${officialUpperCase(facts.pemda.title)}` : undefined;
    const line = (...parts: Array<[string, string | undefined]>) => parts.filter(([, v]) => v).map(([l, v]) => `${l} ${v}`).join(', ');
    const address = [own.address, line([labels.postalCode, own.postalCode])].filter(Boolean).join(', ');
    // The logo first: the blanks are listed in the order they appear.
    const logoCell = logo(own.logo, blanks);
    const text: Paragraph[] = [
        para([blanks.value(head, 'nama pemda', { bold: true })], { align: 'center', after: 0 }),
        para([blanks.value(pd && officialUpperCase(pd.title), 'nama perangkat daerah', { bold: true })], { align: 'center', after: 0 }),
        para([own.address ? run(address, { size: 20 }) : blanks.mark('alamat kop')], { align: 'center', after: 0 }),
        ...[line([labels.phone, own.phone], [labels.fax, own.fax]), line([labels.website, own.website], [labels.email, own.email])]
            .filter(l => l !== '').map(l => para([run(l, { size: 20 })], { align: 'center', after: 0 }))
    ];
    return [withLogo(logoCell, text), rule()];
}

/** The kop of another instansi, for a letter that instansi signs: its name as the model holds it, its address a blank. */
export function kopInstansi(title: string, blanks: Blanks): Paragraph[] {
    return [
        para([run(officialUpperCase(title), { bold: true })], { align: 'center', after: 0 }),
        para([blanks.mark(`alamat kop ${title}`)], { align: 'center', after: 0 }),
        rule()
    ];
}

/** Logo left, text centred beside it, no lines. */
function withLogo(logoCell: Paragraph, text: Paragraph[]): Table {
    const width = textWidth();
    const left = twips(LOGO_MM + 4);
    const cell = (children: Paragraph[], w: number) => new TableCell({
        children, width: { size: w, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }
    });
    return new Table({
        width: { size: width, type: WidthType.DXA }, columnWidths: [left, width - left],
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
        rows: [new TableRow({ children: [cell([logoCell], left), cell(text, width - left)] })]
    });
}

/** The logo's picture, LOGO_MM high; a marked place when the model names none or the file cannot be read. */
function logo(file: string | undefined, blanks: Blanks): Paragraph {
    const picture = file === undefined ? undefined : readPicture(file);
    if (!picture) return para([blanks.mark(file === undefined ? 'logo' : `logo (berkas ${file} tidak terbaca)`)], { align: 'center', after: 0 });
    const height = Math.round(LOGO_MM / 25.4 * 96);
    const image = new ImageRun({
        type: picture.type, data: picture.data, transformation: { width: Math.round(height * picture.width / picture.height), height },
        altText: { title: 'Logo', description: 'Logo pada kop surat', name: 'logo' }
    });
    return para([image], { align: 'center', after: 0, picture: true });
}

/** A PNG or JPEG file with its pixel size; undefined when it is neither or cannot be read. */
function readPicture(file: string): { type: 'png' | 'jpg'; data: Buffer; width: number; height: number } | undefined {
    let data: Buffer;
    try { data = fs.readFileSync(file); } catch { return undefined; }
    if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) return { type: 'png', data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
    if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
        // The size is in the first start-of-frame segment (SOF0-SOF15 but DHT, JPG and DAC).
        for (let i = 2; i + 9 < data.length;) {
            if (data[i] !== 0xff) return undefined;
            const marker = data[i + 1];
            const length = data.readUInt16BE(i + 2);
            if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
                return { type: 'jpg', data, height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
            }
            i += 2 + length;
        }
    }
    return undefined;
}
