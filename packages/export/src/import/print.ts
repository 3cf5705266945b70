import { identifierFrom, NameScope, withoutEnclosing } from './guess.js';
import type { ImportedOrganisation, ImportedPosition, ImportedUnit } from './organise.js';

/**
 * Gives every organisation, unit and position a readable name unique in its scope; returns each one's
 * qualified name. A unit title repeated under many parents keeps the same short name in each: the
 * nesting tells them apart, and a title that repeats its parent's ("Subbagian Umum Kantor X" in
 * "Kantor X") is named without it.
 */
export function nameAll(organisations: readonly ImportedOrganisation[], topScope: NameScope): Map<ImportedUnit | ImportedPosition, string> {
    const qualified = new Map<ImportedUnit | ImportedPosition, string>();
    const lastSegment = (id: string | undefined) => id?.split('.').pop();
    const unit = (u: ImportedUnit, prefix: string, enclosing: string[]) => {
        const scope = new NameScope();
        const claim = (item: ImportedPosition | ImportedUnit, wanted: string) => {
            item.name = scope.claim(wanted);
            qualified.set(item, `${prefix}.${item.name}`);
        };
        const inside = [u.title, ...enclosing];
        if (u.leader) claim(u.leader, lastSegment(u.leader.name) ?? leaderName(u.leader.title, u.title));
        for (const p of u.positions) claim(p, lastSegment(p.name) ?? identifierFrom(withoutEnclosing(p.title, inside), 'Jabatan'));
        for (const child of u.units) {
            claim(child, lastSegment(child.name) ?? identifierFrom(withoutEnclosing(child.title, inside), 'Unit'));
            unit(child, qualified.get(child)!, inside);
        }
    };
    for (const org of organisations) {
        org.name = topScope.claim(org.name ?? identifierFrom(org.title, 'Organisasi'));
        qualified.set(org, org.name);
        unit(org, org.name, []);
    }
    return qualified;
}

/**
 * A head's name says its office, not its unit (the unit's name is the path): "Kepala Sub Bagian
 * Keuangan" heading "Sub Bagian Keuangan" is KepalaSubBagian, "Deputi Bidang X" heading "Deputi
 * Bidang X" is Deputi, "Camat Sungai Raya" heading "Kecamatan Sungai Raya" is Camat; otherwise the first two words.
 */
function leaderName(title: string, unitTitle: string): string {
    const kindWords = /^sub\s/i.test(unitTitle) ? 2 : 1;
    const at = title.toLowerCase().lastIndexOf(unitTitle.toLowerCase());
    if (unitTitle.length > 0 && at >= 0 && at + unitTitle.length === title.length) {
        const office = title.slice(0, at).trim();
        return identifierFrom(office === '' ? title.split(/\s+/)[0] : `${office} ${unitTitle.split(/\s+/).slice(0, kindWords).join(' ')}`, 'Pimpinan');
    }
    // "Camat Sungai Raya" heading the Kecamatan Sungai Raya, "Lurah Kapur" the Kelurahan Kapur: the office is the first word.
    const [office, ...place] = title.split(/\s+/);
    if (place.length > 0 && unitTitle.split(/\s+/).slice(1).join(' ').toLowerCase() === place.join(' ').toLowerCase()) return identifierFrom(office, 'Pimpinan');
    return identifierFrom(title.split(/\s+/).slice(0, 2).join(' '), 'Pimpinan');
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function positionLine(keyword: 'pimpinan' | 'jabatan', p: ImportedPosition, qualified: Map<ImportedUnit | ImportedPosition, string>): string {
    const parts = [keyword, p.name!, quote(p.title), p.jenis];
    if (p.jenis === 'fungsional' && p.kategori && p.jenjang) parts.push(p.kategori, p.jenjang);
    if (p.kelas !== undefined) parts.push('kelas', String(p.kelas));
    if (p.hasilPenyetaraan) parts.push('hasil-penyetaraan');
    if (p.b !== undefined) parts.push('bezetting', String(p.b));
    if (p.k !== undefined) parts.push('kebutuhan', String(p.k));
    if (p.under && qualified.has(p.under)) parts.push('dibawah', qualified.get(p.under)!);
    return parts.join(' ');
}

function unitBody(u: ImportedUnit, depth: number, qualified: Map<ImportedUnit | ImportedPosition, string>, out: string[], lineOf: Map<ImportedUnit | ImportedPosition, number>): void {
    const pad = '    '.repeat(depth);
    const push = (item: ImportedUnit | ImportedPosition, line: string) => { out.push(line); lineOf.set(item, out.length); };
    if (u.leader) push(u.leader, pad + positionLine('pimpinan', u.leader, qualified));
    for (const p of u.positions) push(p, pad + positionLine('jabatan', p, qualified));
    for (const child of u.units) {
        push(child, `${pad}${child.kind} ${child.name} ${quote(child.title)} {`);
        unitBody(child, depth + 1, qualified, out, lineOf);
        out.push(`${pad}}`);
    }
}

/** The file that defines the pemda, when the folder has none: `pemda X { nama "…" regulasi "…" }`. */
export function printPemdaDefinition(pemda: string, title: string | undefined, regulation: string | undefined): string {
    const body = [title ? `    nama ${quote(title)}` : undefined, regulation ? `    regulasi ${quote(regulation)}` : undefined].filter(Boolean);
    return `pemda ${pemda} {\n${body.map(l => l + '\n').join('')}}\n`;
}

/**
 * One .sikerja file: the Perangkat Daerah and its unit kerja, in the project's own layout (four
 * spaces, one item per line), with the line (1-based) each declaration is written on.
 */
export function printOrganisations(pemda: string, organisations: readonly ImportedOrganisation[], qualified: Map<ImportedUnit | ImportedPosition, string>, origin: string): { text: string; lineOf: Map<ImportedUnit | ImportedPosition, number> } {
    const out = [`pemda ${pemda}`, '', `// Diimpor oleh \`sikerja import\` dari ${origin}. Periksa laporan impor untuk baris yang ditebak atau dilewati.`];
    const lineOf = new Map<ImportedUnit | ImportedPosition, number>();
    for (const org of organisations) {
        out.push('', `${org.kind} ${org.name} ${quote(org.title)}${org.induk ? ` induk ${org.induk.name}` : ''} {`);
        lineOf.set(org, out.length);
        unitBody(org, 1, qualified, out, lineOf);
        out.push('}');
    }
    return { text: out.join('\n') + '\n', lineOf };
}
