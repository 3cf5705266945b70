// The sheets analysts really keep (issue 32): a kota Badan with Jenis Jabatan as Struktural/Fungsional/
// Pelaksana and no B; a national secretariat six unit levels deep with Unit Kerja and Level columns,
// and the same without them. Each import is compared with the sheet the test wrote.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, PemdaModel, Position, UnitNode } from '@sikerja/model';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import ExcelJS from 'exceljs';
import { formatSummary, importSpreadsheets, reportText, type ImportReport } from '@sikerja/export/import';
import { KOTA_BADAN, NATIONAL, positionsOf, unitsOf, writeKotaBadan, writeNational, type UnitDef } from './fixtures/peta-sheets.js';

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `sikerja-shapes-${prefix}-`));

async function imported(write: (file: string) => Promise<void>): Promise<{ report: ImportReport; org: Organisation; errors: number }> {
    const dir = tmp('in');
    const file = path.join(dir, 'peta.xlsx');
    await write(file);
    const outDir = tmp('out');
    const report = await importSpreadsheets({ files: [file], pemda: 'Uji', pemdaTitle: 'Kota Uji', outDir });
    const ws = await loadWorkspace([outDir]);
    const model = publishedModel(ws.services, ws.requested);
    const pemda: PemdaModel = model.pemda[0];
    return { report, org: pemda.organisations[0], errors: model.diagnostics?.error ?? -1 };
}

const allUnits = (u: UnitNode): UnitNode[] => [u, ...u.units.flatMap(allUnits)];
const allPositions = (u: UnitNode): Position[] => allUnits(u).flatMap(x => [...(x.leader ? [x.leader] : []), ...x.positions]);
const depth = (u: UnitNode): number => 1 + Math.max(0, ...u.units.map(depth));
const sum = (xs: Array<number | undefined>) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
const rowOf = (report: ImportReport, title: string) => report.rows.find(r => r.title === title)!;
const defDepths = (u: UnitDef, d = 1, out: number[] = []): number[] => { out[d - 1] = (out[d - 1] ?? 0) + 1; u.units.forEach(c => defDepths(c, d + 1, out)); return out; };
/** The kind the language writes for a grouping row's word; kinds it lacks are `unit`. */
const kindOf = (title: string) => /^Subbagian/.test(title) ? 'subbagian' : /^Bagian/.test(title) ? 'bagian' : /^Biro/.test(title) ? 'biro' : /^Sekretariat Jenderal/.test(title) ? 'dinas' : 'unit';

/** The imported tree against the sheet's: each unit's head and positions by title, the same nesting. */
function sameTree(u: UnitNode, def: UnitDef): void {
    expect(u.leader?.title, def.title).toBe(def.head?.title);
    expect(u.positions.map(p => p.title), def.title).toEqual(def.positions.map(p => p.title));
    expect(u.units.map(c => c.title.toLowerCase()), def.title).toEqual(def.units.map(c => c.title.toLowerCase()));
    u.units.forEach((c, i) => sameTree(c, def.units[i]));
}

describe('a kota Badan: Jenis Jabatan "Struktural", no B column, grouping rows in capitals', () => {
    let report: ImportReport, org: Organisation, errors: number;
    beforeAll(async () => ({ report, org, errors } = await imported(writeKotaBadan)), 60_000);

    it('validates and has the sheet\'s 8 units, 40 positions, nesting and K total', () => {
        expect(errors).toBe(0);
        expect([org.title, org.kind]).toEqual(['Badan Keuangan dan Aset Daerah', 'badan']);
        sameTree(org, KOTA_BADAN);
        expect(allUnits(org)).toHaveLength(unitsOf(KOTA_BADAN).length);
        expect(allPositions(org)).toHaveLength(40);
        expect(org.units.map(u => [u.title, u.kind, u.units.map(c => c.kind)])).toEqual([
            ['Sekretariat', 'sekretariat', ['subbagian', 'subbagian']], ['Bidang Anggaran', 'bidang', []], ['Bidang Perbendaharaan', 'bidang', []],
            ['Bidang Akuntansi', 'bidang', []], ['Bidang Aset', 'bidang', []]]);
        expect(sum(allPositions(org).map(p => p.kebutuhan))).toBe(sum(positionsOf(KOTA_BADAN).map(p => p.k)));
        expect(allPositions(org).every(p => p.bezetting === undefined)).toBe(true);
    });

    it('"Struktural" takes its level from the title and the kelas: the Kepala Badan of kelas 14 is JPT Pratama, a Kepala Sub Bagian a pengawas', () => {
        const heads = allUnits(org).map(u => [u.leader!.title, u.leader!.jenis]);
        expect(heads).toEqual([
            ['Kepala Badan Keuangan dan Aset Daerah', 'jpt-pratama'], ['Sekretaris', 'administrator'],
            ['Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas'], ['Kepala Sub Bagian Keuangan', 'pengawas'],
            ['Kepala Bidang Anggaran', 'administrator'], ['Kepala Bidang Perbendaharaan', 'administrator'],
            ['Kepala Bidang Akuntansi', 'administrator'], ['Kepala Bidang Aset', 'administrator']]);
        expect(rowOf(report, 'Kepala Badan Keuangan dan Aset Daerah').guesses).toContain('kolom Jenis Jabatan "Struktural"; tingkat dari judul dan kelas 14: jpt-pratama');
        expect(rowOf(report, 'Kepala Sub Bagian Keuangan').guesses).toContain('kolom Jenis Jabatan "Struktural"; tingkat dari judul dan kelas 9: pengawas');
    });

    it('older jenjang names (Muda/Pertama without "Ahli", Pelaksana Lanjutan) are read as Ahli Muda / Ahli Pertama / Mahir, and the report says so', () => {
        const byTitle = new Map(allPositions(org).map(p => [p.title, p]));
        expect(['Pranata Komputer Muda', 'Analis Kebijakan Pertama'].map(t => [byTitle.get(t)!.jenis, byTitle.get(t)!.kategori, byTitle.get(t)!.jenjang])).toEqual([
            ['fungsional', 'keahlian', 'ahli-muda'], ['fungsional', 'keahlian', 'ahli-pertama']]);
        expect(rowOf(report, 'Pranata Komputer Muda').guesses).toContain('jenjang ahli-muda dari sebutan lama "Muda" pada judul (tanpa "Ahli")');
        expect([byTitle.get('Arsiparis Pelaksana Lanjutan')!.kategori, byTitle.get('Arsiparis Pelaksana Lanjutan')!.jenjang]).toEqual(['keterampilan', 'mahir']);
        expect(byTitle.get('Pengemudi')!.jenis).toBe('pelaksana');
    });

    it('the summary counts units by kind and depth and says the sheet has no B column', () => {
        const summary = report.summaries[0];
        expect([summary.units, summary.unitsByKind, summary.unitsByDepth, summary.positions]).toEqual([8, { badan: 1, sekretariat: 1, subbagian: 2, bidang: 4 }, [1, 5, 2], 40]);
        expect(summary.totals).toEqual({ k: { sheet: sum(positionsOf(KOTA_BADAN).map(p => p.k)), model: sum(positionsOf(KOTA_BADAN).map(p => p.k)) } });
        expect(formatSummary(summary)).toContain(`  Jabatan: 40; B: lembar tidak punya kolom B; K: lembar ${summary.totals.k!.sheet}, model ${summary.totals.k!.sheet} (sama)`);
    });

    it('each row points at the line its declaration was written on, and the report text links the name there', () => {
        const row = rowOf(report, 'Pranata Komputer Muda');
        const written = fs.readFileSync(row.declaration!.file, 'utf8').split('\n');
        expect(written[row.declaration!.line - 1].trim()).toMatch(/^jabatan PranataKomputerMuda "Pranata Komputer Muda" fungsional/);
        const head = rowOf(report, 'Kepala Sub Bagian Keuangan');
        expect(written[head.declaration!.line - 1].trim()).toMatch(/^pimpinan KepalaSubBagian "Kepala Sub Bagian Keuangan" pengawas/);
        const { lines, links } = reportText(report);
        expect(lines.slice(0, 2)).toEqual(['Ringkasan peta.xlsx, lembar "Peta Jabatan": Badan Keuangan dan Aset Daerah → BadanKeuanganDanAsetDaerah.sikerja',
            '  Unit: 8 (bidang 4, subbagian 2, badan 1, sekretariat 1); per tingkat 1: 1, 2: 5, 3: 2']);
        const link = links.find(l => lines[l.line].startsWith(`peta.xlsx:Peta Jabatan:${row.row} `))!;
        expect([lines[link.line].slice(link.start, link.end), link.file, link.target]).toEqual([row.as, row.declaration!.file, row.declaration!.line]);
    });

    it('a title too long for a whole identifier keeps its jenjang at the end, no number added', () => {
        const bidang = org.units.find(u => u.title === 'Bidang Perbendaharaan')!;
        const names = bidang.positions.filter(p => p.jenis === 'fungsional').map(p => p.name);
        expect(names.map(n => /(AhliMuda|AhliPertama|Terampil)$/.exec(n)?.[1])).toEqual(['AhliMuda', 'AhliPertama', 'Terampil']);
        expect(names.every(n => n.startsWith('AnalisPengelolaanKeuangan') && n.length <= 64 && !/\d$/.test(n))).toBe(true);
    });
});

describe('the same kota Badan without any unit row: each head followed by its staff', () => {
    it('gives the same units, heads and positions, each unit made from its head\'s title and flagged for review', async () => {
        const { report, org, errors } = await imported(file => writeKotaBadan(file, false));
        expect(errors).toBe(0);
        sameTree(org, KOTA_BADAN);
        expect(org.units.map(u => [u.title, u.kind, u.leader?.jenis, u.units.map(c => [c.kind, c.leader?.jenis])])).toEqual([
            ['Sekretariat', 'sekretariat', 'administrator', [['subbagian', 'pengawas'], ['subbagian', 'pengawas']]],
            ...['Anggaran', 'Perbendaharaan', 'Akuntansi', 'Aset'].map(b => [`Bidang ${b}`, 'bidang', 'administrator', []])]);
        const summary = report.summaries[0];
        expect([summary.units, summary.unitsFromHeads.length, summary.positionsHeadingNothing, summary.totals.k?.model]).toEqual([8, 7, [], sum(positionsOf(KOTA_BADAN).map(p => p.k))]);
        expect(rowOf(report, 'Pranata Komputer Muda').review).toEqual(['ditempatkan di Sub Bagian Umum dan Kepegawaian: barisnya mengikuti pimpinan unit itu']);
    });
});

for (const withUnitKerja of [true, 'biro', 'lengkap', false] as const) {
    const shape = withUnitKerja === 'biro' ? 'Unit Kerja naming the Biro of every row below it, Level as "Level n"'
        : withUnitKerja === 'lengkap' ? 'Unit Kerja naming each unit with its Biro' : withUnitKerja ? 'with Unit Kerja and Level columns' : 'grouping rows only';
    describe(`a national secretariat six unit levels deep, ${shape}`, () => {
        let report: ImportReport, org: Organisation, errors: number;
        beforeAll(async () => ({ report, org, errors } = await imported(file => writeNational(file, withUnitKerja))), 60_000);

        it('has every unit of the sheet, nested as the sheet nests them, six levels deep, each with its head', () => {
            expect(errors).toBe(0);
            expect(org.title).toBe('Sekretariat Jenderal Majelis Uji Nasional');
            sameTree(org, NATIONAL);
            expect(allUnits(org)).toHaveLength(unitsOf(NATIONAL).length);
            expect(depth(org)).toBe(6);
            expect(allUnits(org).filter(u => !u.leader).map(u => u.title)).toEqual(['Biro Protokol']);
        });

        it('grouping rows of kinds the language lacks are units with their titles kept, reported for review', () => {
            const deputi = org.units[0];
            expect([deputi.kind, deputi.title, deputi.leader?.jenis]).toEqual(['unit', 'Deputi Bidang Persidangan', 'jpt-madya']);
            const kantor = allUnits(org).find(u => u.title === 'Kantor Sekretariat Jenderal di Ibu Kota Provinsi Riau')!;
            expect([kantor.kind, kantor.leader?.jenis, kantor.units.map(u => [u.kind, u.title])]).toEqual(['unit', 'jpt-pratama', [['bagian', 'Bagian Administrasi']]]);
            expect(rowOf(report, 'Kantor Sekretariat Jenderal di Ibu Kota Provinsi Riau').review).toContain('jenis unit "Kantor" tidak ada dalam bahasa: ditulis unit dengan judulnya');
            // The language has the Biro (Setda provinsi): it is written as one.
            expect(deputi.units.map(u => [u.kind, u.title, u.leader?.jenis])).toEqual([['biro', 'Biro Persidangan', 'jpt-pratama'], ['biro', 'Biro Kajian', 'jpt-pratama']]);
            expect(rowOf(report, 'Biro Persidangan').review).toBeUndefined();
        });

        it('the Jenis Jabatan column decides by its eselon/jenis; where it is empty, a jenjang in the title decides before "Asisten"', () => {
            const jenisOf = (kind: string, prefix: string) => new Set(allUnits(org).filter(u => u.kind === kind && u.title.startsWith(prefix)).map(u => u.leader?.jenis));
            expect([jenisOf('unit', 'Deputi'), jenisOf('bagian', 'Bagian'), jenisOf('subbagian', 'Subbagian')]).toEqual([new Set(['jpt-madya']), new Set(['administrator']), new Set(['pengawas'])]);
            const asisten = allPositions(org).filter(p => p.title.startsWith('Asisten'));
            expect(asisten.map(p => [p.title, p.jenis, p.kategori, p.jenjang])).toEqual([
                ['Asisten Perisalah Legislatif Terampil', 'fungsional', 'keterampilan', 'terampil'],
                ['Asisten Perisalah Legislatif Mahir', 'fungsional', 'keterampilan', 'mahir'],
                ['Asisten Perisalah Legislatif Penyelia', 'fungsional', 'keterampilan', 'penyelia'],
                ['Asisten Apoteker Terampil', 'fungsional', 'keterampilan', 'terampil']]);
            expect(rowOf(report, 'Kepala Biro Umum').guesses).toEqual([]);
        });

        it('identifiers keep their jenjang; a title repeated under many parents has the same short name in each', () => {
            const names = (u: UnitNode) => allPositions(u).map(p => p.name);
            const analis = allPositions(org).filter(p => p.title.startsWith('Analis Peraturan Perundang-undangan Legislatif'));
            expect(analis.map(p => p.name)).toEqual(['AnalisPeraturanPerundangUndanganLegislatifAhliMuda', 'AnalisPeraturanPerundangUndanganLegislatifAhliPertama']);
            const kantor = allUnits(org).filter(u => u.title.startsWith('Kantor Sekretariat Jenderal'));
            const subUmum = kantor.map(k => k.units[0].units[0]);
            expect(subUmum.map(u => [u.name, u.leader?.name])).toEqual(Array(3).fill(['SubbagianUmumDanRumahTangga', 'KepalaSubbagian']));
            expect(new Set(subUmum.map(u => u.id)).size).toBe(3);
            expect(kantor.map(k => k.units[0].name)).toEqual(['BagianAdministrasi', 'BagianAdministrasi', 'BagianAdministrasi']);
            expect(allUnits(org).flatMap(names).filter(n => /\d$/.test(n))).toEqual([]);
            expect(org.units.map(u => [u.title, u.leader?.name])).toEqual([['Deputi Bidang Persidangan', 'Deputi'], ['Deputi Bidang Administrasi', 'Deputi'], ['Inspektorat', 'Inspektur']]);
        });

        it('the report opens with a summary: units by kind and depth, heads, units with no position, totals, rows to review', () => {
            const summary = report.summaries[0];
            const kinds: Record<string, number> = {};
            for (const u of unitsOf(NATIONAL)) kinds[kindOf(u.title)] = (kinds[kindOf(u.title)] ?? 0) + 1;
            expect([summary.units, summary.unitsByKind, summary.unitsByDepth]).toEqual([unitsOf(NATIONAL).length, kinds, defDepths(NATIONAL)]);
            const protokol = allUnits(org).find(u => u.title === 'Biro Protokol')!.id;
            expect([summary.unitsWithHead, summary.unitsWithoutHead, summary.unitsWithoutPosition]).toEqual([summary.units - 1, [protokol], [protokol]]);
            expect([summary.positionsHeadingNothing, summary.unitsFromHeads]).toEqual([[], []]);
            const sheet = positionsOf(NATIONAL);
            expect(summary.totals).toEqual({ b: { sheet: sum(sheet.map(p => p.b)), model: sum(sheet.map(p => p.b)) }, k: { sheet: sum(sheet.map(p => p.k)), model: sum(sheet.map(p => p.k)) } });
            // The organisation's kind, and every Deputi and Kantor written as `unit`, are points to review;
            // without a Level column, so is each Bagian placed under a Kantor, a kind the language does not rank.
            expect([summary.rows.skipped, summary.rows.review]).toEqual([0, 1 + kinds.unit + (withUnitKerja ? 0 : 3)]);
            const text = formatSummary(summary);
            expect(text[0]).toBe('Ringkasan peta.xlsx, lembar "Setjen": Sekretariat Jenderal Majelis Uji Nasional → SekretariatJenderalMajelisUjiNasional.sikerja');
            expect(text).toContain(`  Pimpinan: ${summary.units - 1} dari ${summary.units} unit; unit tanpa pimpinan: 1: ${protokol}`);
            // The flagged unit links to its declaration from the summary.
            const { lines, links } = reportText(report);
            const flagged = links.find(l => lines[l.line].startsWith('  Pimpinan:'))!;
            expect(fs.readFileSync(flagged.file, 'utf8').split('\n')[flagged.target - 1].trim()).toBe('biro BiroProtokol "Biro Protokol" {');
        });

        it('B and K totals equal the sheet\'s, and its JUMLAH row matches', () => {
            const sheet = positionsOf(NATIONAL);
            expect([sum(allPositions(org).map(p => p.bezetting)), sum(allPositions(org).map(p => p.kebutuhan))]).toEqual([sum(sheet.map(p => p.b)), sum(sheet.map(p => p.k))]);
            expect(allPositions(org)).toHaveLength(sheet.length);
            expect(report.rows.find(r => r.title === 'JUMLAH')!.note).toMatch(/^jumlah cocok dengan data/);
        });
    });
}

describe('the summary flags what an analyst must look at', () => {
    it('a head whose unit the sheet has no row for and that holds nothing, and a row with figures but no name (totals differ)', async () => {
        const { report, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Sosial');
            [['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Sosial', 14, 1, 1], [null, 'SEKRETARIAT'], [2, 'Sekretaris', 12, 1, 1],
                [3, 'Pengadministrasi Perkantoran', 5, 2, 2], [4, 'Kepala Seksi Data dan Informasi', 9, 1, 1], [5, null, 6, 3, 4]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        const summary = report.summaries[0];
        expect(summary.unitsFromHeads).toEqual(['DinasSosial.Sekretariat.SeksiDataDanInformasi']);
        expect(summary.positionsHeadingNothing).toEqual(['DinasSosial.Sekretariat.SeksiDataDanInformasi.KepalaSeksi']);
        expect([summary.totals.b, summary.totals.k, summary.rows.skipped]).toEqual([{ sheet: 8, model: 5 }, { sheet: 9, model: 5 }, 1]);
        expect(formatSummary(summary)).toContain('  Jabatan: 4; B: lembar 8, model 5 (BEDA -3: periksa baris yang dilewati); K: lembar 9, model 5 (BEDA -4: periksa baris yang dilewati)');
        expect(rowOf(report, 'Kepala Seksi Data dan Informasi').review).toEqual([
            'jenis pengawas ditebak dari judul (tanpa kolom Jenis Jabatan)', 'unit "Seksi Data dan Informasi" dibuat dari judul pimpinannya (tidak ada baris unit)']);
    });
});

describe('a provinsi\'s Setda with its Biro', () => {
    it('imports the Biro Organisasi as a biro under its Asisten, the Bagian and Subbagian inside it', async () => {
        const { report, org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Setda');
            [['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [null, 'SEKRETARIAT DAERAH PROVINSI UJI'], [1, 'Sekretaris Daerah', 17, 1, 1],
                [null, 'ASISTEN PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT'], [2, 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 14, 1, 1],
                [null, 'BIRO ORGANISASI'], [3, 'Kepala Biro Organisasi', 14, 1, 1], [4, 'Analis Kebijakan Ahli Madya', 11, 1, 2],
                [null, 'BAGIAN KELEMBAGAAN DAN ANALISIS JABATAN'], [5, 'Kepala Bagian Kelembagaan dan Analisis Jabatan', 12, 1, 1], [6, 'Analis Jabatan Ahli Muda', 9, 2, 3],
                [null, 'BAGIAN REFORMASI BIROKRASI DAN AKUNTABILITAS KINERJA'], [7, 'Kepala Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja', 12, 1, 1],
                [null, 'BIRO HUKUM'], [8, 'Kepala Biro Hukum', 14, 1, 1], [9, 'Perancang Peraturan Perundang-undangan Ahli Pertama', 8, 2, 4]
            ].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        expect([org.kind, org.leader?.title, org.leader?.jenis]).toEqual(['sekretariat-daerah', 'Sekretaris Daerah', 'jpt-madya']);
        const asisten = org.units[0];
        expect([asisten.kind, asisten.leader?.jenis]).toEqual(['asisten', 'jpt-pratama']);
        expect(asisten.units.map(u => [u.kind, u.title, u.leader?.jenis, u.units.map(b => [b.kind, b.leader?.jenis])])).toEqual([
            ['biro', 'Biro Organisasi', 'jpt-pratama', [['bagian', 'administrator'], ['bagian', 'administrator']]],
            ['biro', 'Biro Hukum', 'jpt-pratama', []]]);
        expect(report.summaries[0].unitsByKind).toEqual({ 'sekretariat-daerah': 1, asisten: 1, biro: 2, bagian: 2 });
    });
});

describe('the national secretariat with no unit row: its units named only in the Unit Kerja column, nested by Level', () => {
    it('opens each unit where a row first names it, nests it by the Level, and reports it at that row', async () => {
        const { report, org, errors } = await imported(file => writeNational(file, 'tanpa-baris-unit'));
        expect(errors).toBe(0);
        // A unit without any position cannot be named by a row: the Biro Protokol is not in this sheet.
        const withPositions = (u: UnitDef): UnitDef => ({ ...u, units: u.units.filter(c => positionsOf(c).length > 0).map(withPositions) });
        expect(org.title).toBe('Sekretariat Jenderal Majelis Uji Nasional');
        sameTree(org, withPositions(NATIONAL));
        expect(depth(org)).toBe(6);
        const biro = report.rows.find(r => r.outcome === 'unit' && r.title === 'Biro Persidangan')!;
        expect([biro.row, biro.guesses[0]]).toEqual([rowOf(report, 'Kepala Biro Persidangan').row, `unit dari kolom Unit Kerja (pertama disebut baris ${biro.row}); tidak ada baris unit`]);
        expect(report.summaries[0].totals.b).toEqual({ sheet: sum(positionsOf(NATIONAL).map(p => p.b)), model: sum(positionsOf(NATIONAL).map(p => p.b)) });
    });
});

describe('a Jenis Jabatan column written JPT / JA / JF', () => {
    it('reads JA (jabatan administrasi) as administrator, pengawas or pelaksana by the title and kelas', async () => {
        const { report, org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Pangan');
            [['No', 'Nama Jabatan', 'Jenis Jabatan', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Pangan', 'JPT', 14, 1, 1], [2, 'Kepala Bidang Ketersediaan Pangan', 'JA', 11, 1, 1],
                [3, 'Analis Ketahanan Pangan Ahli Muda', 'JF', 9, 1, 2], [4, 'Pengolah Data Ketersediaan Pangan', 'JA', 7, 2, 2]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        expect([org.leader?.jenis, org.units.map(u => [u.title, u.leader?.jenis, u.positions.map(p => [p.title, p.jenis])])]).toEqual(['jpt-pratama', [
            ['Bidang Ketersediaan Pangan', 'administrator', [['Analis Ketahanan Pangan Ahli Muda', 'fungsional'], ['Pengolah Data Ketersediaan Pangan', 'pelaksana']]]]]);
        expect(rowOf(report, 'Pengolah Data Ketersediaan Pangan').guesses[0]).toBe('kolom Jenis Jabatan "JA" (jabatan administrasi); jenis dari judul (tanpa jenjang JF, bukan judul pimpinan): pelaksana');
        expect(rowOf(report, 'Kepala Dinas Pangan').guesses[0]).toBe('kolom Jenis Jabatan "JPT"; tingkat dari judul dan kelas 14: jpt-pratama');
    });
});

describe('rows without figures', () => {
    it('a JF post left empty stays a position, in capitals or not (written with initial capitals); a unit row with its eselon written is still a unit', async () => {
        const { report, org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Sekretariat Utama');
            [['No', 'Nama Jabatan', 'Jenis Jabatan', 'Kelas', 'B', 'K'], [null, 'Biro Umum', 'Eselon II'], [1, 'Kepala Biro Umum', 'Eselon II', 14, 1, 1],
                [null, 'ASISTEN APOTEKER TERAMPIL'], [2, 'Pengadministrasi Perkantoran', 'Pelaksana', 5, 1, 2]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        const biro = org.units[0];
        expect([org.units.length, biro.kind, biro.title, biro.leader?.jenis, biro.units]).toEqual([1, 'biro', 'Biro Umum', 'jpt-pratama', []]);
        expect(biro.positions.map(p => [p.title, p.jenis, p.jenjang ?? null, p.kebutuhan ?? null])).toEqual([
            ['Asisten Apoteker Terampil', 'fungsional', 'terampil', null], ['Pengadministrasi Perkantoran', 'pelaksana', null, 2]]);
        // Written as the unit titles in capitals are, and said so.
        expect(report.rows.find(r => r.row === 4)).toMatchObject({ outcome: 'jabatan', guesses: expect.arrayContaining(['judul huruf besar ditulis dengan huruf awal besar']) });
    });
});

describe('merged unit rows over a Level column', () => {
    it('take no level from the title their merge repeats ("DEPUTI BIDANG WILAYAH 3" is no level 3)', async () => {
        const { org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Setjen');
            [['No', 'Nama Jabatan', 'Jenis Jabatan', 'Kelas', 'B', 'K', 'Unit Kerja', 'Level'],
                [null, 'SEKRETARIAT JENDERAL LEMBAGA UJI'], [1, 'Sekretaris Jenderal', 'ESELON I.a / JPT Madya', 17, 1, 1, 'Sekretariat Jenderal Lembaga Uji', 2],
                [null, 'DEPUTI BIDANG WILAYAH 3'], [2, 'Deputi Bidang Wilayah 3', 'ESELON I.b / JPT Madya', 16, 1, 1, 'Deputi Bidang Wilayah 3', 3],
                [null, 'KANTOR WILAYAH 2'], [3, 'Kepala Kantor Wilayah 2', 'ESELON II.a / JPT Pratama', 14, 1, 1, 'Kantor Wilayah 2', 4],
                [4, 'Pengadministrasi Perkantoran', 'Pelaksana', 5, 2, 2, 'Kantor Wilayah 2', 4]].forEach(r => ws.addRow(r));
            for (const row of [2, 4, 6]) ws.mergeCells(`B${row}:H${row}`);
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        expect(org.units.map(u => [u.title, u.units.map(c => [c.title, c.leader?.title, c.positions.map(p => p.title)])])).toEqual([
            ['Deputi Bidang Wilayah 3', [['Kantor Wilayah 2', 'Kepala Kantor Wilayah 2', ['Pengadministrasi Perkantoran']]]]]);
    });
});

describe('a header in two rows, an Eselon column, lettered unit rows that carry their unit\'s totals', () => {
    it('reads B and K under "Jumlah Pegawai", the jenis from the eselon, and checks each unit row\'s totals', async () => {
        const { report, org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Kesehatan');
            [['No', 'Nama Jabatan', 'Eselon', 'Kelas Jabatan', 'Jumlah Pegawai', null, null], [null, null, null, null, 'B', 'K', '+/-'],
                [1, 'Kepala Dinas Kesehatan', 'II.b', 14, 1, 1, 0],
                ['A', 'SEKRETARIAT', null, null, 5, 6, -1], [2, 'Sekretaris', 'III.a', 12, 1, 1, 0], [3, 'Kepala Sub Bagian Umum dan Kepegawaian', 'IV.a', 9, 1, 1, 0],
                [4, 'Pengadministrasi Perkantoran', null, 5, 3, 4, -1],
                ['B', 'BIDANG PELAYANAN KESEHATAN', null, null, 4, 6, -2], [5, 'Kepala Bidang Pelayanan Kesehatan', 'III.b', 11, 1, 1, 0],
                [6, 'Administrator Kesehatan Ahli Muda', null, 9, 3, 4, -1]
            ].forEach(r => ws.addRow(r));
            ws.mergeCells('E1:G1');
            ws.mergeCells('A1:A2');
            ws.mergeCells('B1:B2');
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        expect(report.rows.filter(r => r.outcome === 'kepala-tabel').map(r => r.row)).toEqual([1, 2]);
        expect([org.leader?.title, org.leader?.jenis, org.leader?.bezetting, org.leader?.kebutuhan]).toEqual(['Kepala Dinas Kesehatan', 'jpt-pratama', 1, 1]);
        expect(org.units.map(u => [u.title, u.kind, u.leader?.jenis, u.positions.map(p => p.title), u.units.map(c => [c.title, c.leader?.jenis, c.positions.map(p => p.title)])])).toEqual([
            ['Sekretariat', 'sekretariat', 'administrator', [], [['Sub Bagian Umum dan Kepegawaian', 'pengawas', ['Pengadministrasi Perkantoran']]]],
            ['Bidang Pelayanan Kesehatan', 'bidang', 'administrator', ['Administrator Kesehatan Ahli Muda'], []]]);
        expect(rowOf(report, 'Sekretaris').guesses).toEqual([]);
        expect(report.rows.find(r => r.row === 4)!.note).toBe('jumlah cocok dengan data (B 5, K 6); tidak diimpor sebagai jabatan');
        expect(report.rows.find(r => r.row === 8)!.note).toBe('jumlah TIDAK cocok: K tertulis 6, data 5; tidak diimpor sebagai jabatan');
        expect(report.summaries[0].totals).toEqual({ b: { sheet: 10, model: 10 }, k: { sheet: 12, model: 12 } });
    });

    it('reads headers written at length: "Unit Kerja / Jabatan", "Bezetting (B)", "Kebutuhan Pegawai (K)", "Kategori Jabatan"', async () => {
        const { org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Inspektorat');
            [['No.', 'Unit Kerja / Jabatan', 'Kategori Jabatan', 'Kelas Jabatan (Perpres)', 'Bezetting (B)', 'Kebutuhan Pegawai (K)'],
                [1, 'Inspektur Daerah', 'Struktural', 14, 1, 1], [null, 'INSPEKTUR PEMBANTU WILAYAH I'], [2, 'Inspektur Pembantu Wilayah I', 'Struktural', 12, 1, 1],
                [3, 'Auditor Ahli Madya', 'Fungsional', 11, 2, 3]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        expect([org.kind, org.leader?.jenis, org.units.map(u => [u.kind, u.leader?.jenis, u.positions.map(p => [p.title, p.bezetting, p.kebutuhan])])]).toEqual([
            'inspektorat', 'jpt-pratama', [['inspektur-pembantu', 'administrator', [['Auditor Ahli Madya', 2, 3]]]]]);
    });

    it('reads figures named in a phrase: "Jumlah Pegawai Eksisting (B)", "Jumlah Kebutuhan Pegawai (K)", "Kurang/Lebih (+/-)", and checks the JUMLAH row against them', async () => {
        const { report, org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinsos');
            [['PETA JABATAN DINAS SOSIAL'], [],
                ['No', 'Nama Jabatan', 'Kelas Jabatan', 'Jumlah Pegawai Eksisting (B)', 'Jumlah Kebutuhan Pegawai (K)', 'Kurang/Lebih (+/-)'],
                [1, 'Kepala Dinas Sosial', 14, 1, 1, 0], [null, 'BIDANG REHABILITASI SOSIAL'], [2, 'Kepala Bidang Rehabilitasi Sosial', 11, 1, 1, 0],
                [3, 'Pekerja Sosial Ahli Muda', 9, 2, 3, -1], [null, 'JUMLAH', null, 4, 5, -1]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        expect(org.units.map(u => u.positions.map(p => [p.title, p.bezetting, p.kebutuhan]))).toEqual([[['Pekerja Sosial Ahli Muda', 2, 3]]]);
        expect(report.rows.find(r => r.row === 8)!.note).toBe('jumlah cocok dengan data (B 4, K 5); tidak diimpor sebagai jabatan');
    });

    it('names a Perangkat Daerah whose sheet has no title row after its head ("Kepala Dinas Sosial", "Camat Sungai Raya"), not after "Sheet1"', async () => {
        const sheetOf = (rows: unknown[][]) => async (file: string) => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Sheet1');
            [['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], ...rows].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        };
        const dinas = await imported(sheetOf([[1, 'Kepala Dinas Sosial', 14, 1, 1], [2, 'Pekerja Sosial Ahli Muda', 9, 2, 3]]));
        expect([dinas.org.kind, dinas.org.title, dinas.errors]).toEqual(['dinas', 'Dinas Sosial', 0]);
        expect(dinas.report.rows.find(r => r.row === 0)?.guesses.join('; ')).toContain('nama perangkat daerah dari jabatan kepalanya "Kepala Dinas Sosial" (tanpa baris judul)');
        const kecamatan = await imported(sheetOf([[1, 'CAMAT SUNGAI RAYA', 12, 1, 1], [2, 'Sekretaris Camat', 11, 1, 1]]));
        expect([kecamatan.org.kind, kecamatan.org.title]).toEqual(['kecamatan', 'Kecamatan Sungai Raya']);
    });

    it('reads two Perangkat Daerah kept in one sheet, each under its own title and header, into two files; a title repeated at a printed page\'s head is one table', async () => {
        const modelOf = async (rows: unknown[][]) => {
            const dir = tmp('tables');
            const file = path.join(dir, 'kecamatan.xlsx');
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Kecamatan');
            rows.forEach(r => ws.addRow(r));
            // Each title merged across the table, as analysts draw it.
            rows.forEach((r, i) => { if (r.length === 1) ws.mergeCells(i + 1, 1, i + 1, 5); });
            await wb.xlsx.writeFile(file);
            const outDir = tmp('tables-out');
            const report = await importSpreadsheets({ files: [file], pemda: 'Uji', pemdaTitle: 'Kota Uji', outDir });
            const ws2 = await loadWorkspace([outDir]);
            const model = publishedModel(ws2.services, ws2.requested);
            return { report, organisations: model.pemda[0].organisations.map(o => [o.kind, o.title, allPositions(o).map(p => p.title)]) };
        };
        const head = ['No', 'Nama Jabatan', 'Kelas', 'B', 'K'];
        const two = await modelOf([['PETA JABATAN KECAMATAN SUNGAI RAYA'], head, [1, 'Camat Sungai Raya', 12, 1, 1], [2, 'Sekretaris Camat', 11, 1, 1], [],
            ['PETA JABATAN KECAMATAN CAPKALA'], head, [1, 'Camat Capkala', 12, 1, 1], [2, 'Penata Layanan Operasional', 7, 2, 2]]);
        expect(two.report.written.map(w => path.basename(w.file)).sort()).toEqual(['KecamatanCapkala.sikerja', 'KecamatanSungaiRaya.sikerja']);
        expect(two.organisations).toEqual(expect.arrayContaining([
            ['kecamatan', 'Kecamatan Sungai Raya', ['Camat Sungai Raya', 'Sekretaris Camat']],
            ['kecamatan', 'Kecamatan Capkala', ['Camat Capkala', 'Penata Layanan Operasional']]]));
        const repeated = await modelOf([['PETA JABATAN KECAMATAN SUNGAI RAYA'], head, [1, 'Camat Sungai Raya', 12, 1, 1],
            ['PETA JABATAN KECAMATAN SUNGAI RAYA'], head, [2, 'Sekretaris Camat', 11, 1, 1]]);
        expect(repeated.organisations).toEqual([['kecamatan', 'Kecamatan Sungai Raya', ['Camat Sungai Raya', 'Sekretaris Camat']]]);
    });

    it('reads a dash in B, K or ± of a position\'s row as none (Excel\'s accounting zero), and says so; a unit row\'s dashes make it no position', async () => {
        const { report, org } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Sosial');
            [['No', 'Nama Jabatan', 'Kelas', 'B', 'K', '±'], [1, 'Kepala Dinas Sosial', 14, 1, 1, '-'], [null, 'BIDANG REHABILITASI SOSIAL', null, '-', '-', '-'],
                [2, 'Kepala Bidang Rehabilitasi Sosial', 11, 1, 1, '-'], [3, 'Pekerja Sosial Ahli Muda', 9, '-', 3, -3]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(org.units.map(u => [u.kind, u.title, u.positions.map(p => [p.title, p.bezetting, p.kebutuhan])])).toEqual([
            ['bidang', 'Bidang Rehabilitasi Sosial', [['Pekerja Sosial Ahli Muda', 0, 3]]]]);
        expect(report.rows.find(r => r.row === 5)!.guesses).toContain('B tertulis "-": dibaca 0');
        expect(report.rows.find(r => r.row === 3)!.guesses.filter(g => g.includes('tertulis')), 'a unit row\'s dashes are nothing written').toEqual([]);
    });

    it('reads the one number of a figure written with words ("Kelas 14", "3 orang"), says so, names a figure it cannot read, and never takes a first row with "Kelas 14" for a second header row', async () => {
        const { report, org } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Sosial');
            [['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Sosial', 'Kelas 14', 1, 1], [2, 'Pekerja Sosial Ahli Muda', 9, '3 orang', 'tiga']].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect([org.leader?.kelas, org.positions.map(p => [p.title, p.kelas, p.bezetting, p.kebutuhan])]).toEqual([14, [['Pekerja Sosial Ahli Muda', 9, 3, undefined]]]);
        expect(report.rows.find(r => r.row === 2)!.guesses).toContain('Kelas tertulis "Kelas 14": dibaca 14');
        expect(report.rows.find(r => r.row === 3)!.guesses).toEqual(expect.arrayContaining(['B tertulis "3 orang": dibaca 3', 'K tertulis "tiga": bukan angka, tidak diimpor']));
    });

    it('skips rows that group a unit\'s positions by jenis ("JABATAN FUNGSIONAL", "Jabatan Pelaksana:"): no unit, no position, the rows under them stay in their unit', async () => {
        const { report, org, errors } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Sosial');
            [['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Sosial', 14, 1, 1], [null, 'SEKRETARIAT'], [2, 'Sekretaris', 12, 1, 1],
                [null, 'JABATAN FUNGSIONAL'], [3, 'Analis Sumber Daya Manusia Aparatur Ahli Muda', 9, 1, 2], [null, 'Jabatan Pelaksana:'], [4, 'Pengadministrasi Perkantoran', 5, 3, 3]]
                .forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(errors).toBe(0);
        expect(org.units.map(u => [u.title, u.units.length, u.positions.map(p => p.title)])).toEqual([
            ['Sekretariat', 0, ['Analis Sumber Daya Manusia Aparatur Ahli Muda', 'Pengadministrasi Perkantoran']]]);
        expect(report.rows.filter(r => r.row === 5 || r.row === 7).map(r => r.outcome)).toEqual(['dilewati', 'dilewati']);
    });

    it('leaves a hidden sheet and a recapitulation sheet out, saying why, and drops a year from the title ("PETA JABATAN DINAS SOSIAL 2025")', async () => {
        const dir = tmp('workbook');
        const file = path.join(dir, 'peta-2025.xlsx');
        const wb = new ExcelJS.Workbook();
        [['REKAP', [['REKAPITULASI PETA JABATAN'], ['No', 'Perangkat Daerah', 'B', 'K'], [1, 'Dinas Sosial', 5, 7]], 'visible'],
            ['DINSOS', [['PETA JABATAN DINAS SOSIAL 2025'], ['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Sosial', 14, 1, 1], [2, 'Pekerja Sosial Ahli Muda', 9, 4, 6]], 'visible'],
            ['Lama', [['PETA JABATAN DINAS SOSIAL 2019'], ['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Sosial', 14, 1, 1]], 'hidden']
        ].forEach(([name, rows, state]) => {
            const ws = wb.addWorksheet(name as string, { state: state as 'visible' | 'hidden' });
            (rows as unknown[][]).forEach(r => ws.addRow(r));
        });
        await wb.xlsx.writeFile(file);
        const outDir = tmp('workbook-out');
        const report = await importSpreadsheets({ files: [file], pemda: 'Uji', pemdaTitle: 'Kota Uji', outDir });
        expect(report.errors).toEqual([]);
        expect(report.written.map(w => [w.sheet, w.perangkatDaerah])).toEqual([['DINSOS', 'Dinas Sosial']]);
        expect(report.rows.filter(r => r.outcome === 'dilewati' && r.sheet !== 'DINSOS').map(r => [r.sheet, r.note])).toEqual([
            ['REKAP', 'lembar rekapitulasi per perangkat daerah (kolom "Perangkat Daerah", tanpa kolom "Nama Jabatan"), bukan peta jabatan: tidak diimpor'],
            ['Lama', 'lembar tersembunyi, tidak diimpor; sebutkan dengan --sheet "Lama" untuk mengimpornya']]);
        const named = await importSpreadsheets({ files: [file], pemda: 'Uji', pemdaTitle: 'Kota Uji', outDir: tmp('hidden-out'), sheet: 'Lama' });
        expect(named.written.map(w => w.perangkatDaerah)).toEqual(['Dinas Sosial']);
    });

    it('writes "(Hasil Penyetaraan)" in a title as the model\'s hasil-penyetaraan and leaves a footnote mark out of the title, saying both', async () => {
        const { report, org } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Sosial');
            [['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Sosial', 14, 1, 1], [2, 'Analis Kebijakan Ahli Muda (Hasil Penyetaraan)', 9, 1, 1],
                [3, 'Perencana Ahli Pertama*)', 8, 1, 2], [4, 'Pranata Komputer Ahli Pertama (**)', 8, 1, 1]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(org.positions.map(p => [p.title, p.jenjang, p.hasilPenyetaraan ?? false])).toEqual([
            ['Analis Kebijakan Ahli Muda', 'ahli-muda', true], ['Perencana Ahli Pertama', 'ahli-pertama', false], ['Pranata Komputer Ahli Pertama', 'ahli-pertama', false]]);
        expect(report.rows.find(r => r.row === 3)!.guesses).toContain('"(Hasil Penyetaraan)" pada judul dibaca sebagai hasil-penyetaraan');
        expect(report.rows.find(r => r.row === 4)!.guesses).toContain('tanda catatan kaki "*)" tidak dimasukkan ke judul');
    });

    it('takes no figures from a person\'s name column ("Nama Pemangku"), and a column named "B" over one named in a phrase', async () => {
        const { org } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinas Sosial');
            [['No', 'Nama Jabatan', 'Nama Pemangku', 'Jumlah Pemangku', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Sosial', 'Drs. Contoh', 'satu', 14, 1, 1],
                [2, 'Pekerja Sosial Ahli Muda', 'Contoh Dua', 'dua', 9, 2, 3]].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect([org.leader?.bezetting, org.positions.map(p => [p.title, p.bezetting, p.kebutuhan])]).toEqual([1, [['Pekerja Sosial Ahli Muda', 2, 3]]]);
    });

    it('places a Kecamatan\'s Seksi beside its Sekretariat, not in it, and a Kelurahan\'s Sekretaris Lurah at the head of a Sekretariat Kelurahan', async () => {
        const dir = tmp('kecamatan');
        const file = path.join(dir, 'kecamatan.xlsx');
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('Kecamatan');
        [['PETA JABATAN KECAMATAN SUNGAI RAYA'], ['No', 'Nama Jabatan', 'Kelas', 'B', 'K'], [1, 'Camat Sungai Raya', 12, 1, 1],
            [null, 'SEKRETARIAT KECAMATAN'], [2, 'Sekretaris Camat', 11, 1, 1], [3, 'Pengadministrasi Perkantoran', 5, 2, 2],
            [null, 'SEKSI PEMERINTAHAN'], [4, 'Kepala Seksi Pemerintahan', 9, 1, 1], [5, 'Penata Layanan Operasional', 7, 1, 2],
            [null, 'KELURAHAN KAPUR'], [6, 'Lurah Kapur', 9, 1, 1], [7, 'Sekretaris Lurah', 8, 1, 1], [8, 'Pengolah Data dan Informasi', 6, 1, 1]].forEach(r => ws.addRow(r));
        await wb.xlsx.writeFile(file);
        const outDir = tmp('kecamatan-out');
        await importSpreadsheets({ files: [file], pemda: 'Uji', pemdaTitle: 'Kota Uji', outDir });
        const loaded = await loadWorkspace([outDir]);
        const model = publishedModel(loaded.services, loaded.requested);
        expect(model.diagnostics?.error).toBe(0);
        const tree = (u: UnitNode): unknown => [u.kind, u.title, u.units.map(tree)];
        const [kecamatan, kelurahan] = model.pemda[0].organisations;
        expect(tree(kecamatan)).toEqual(['kecamatan', 'Kecamatan Sungai Raya', [['sekretariat', 'Sekretariat Kecamatan', []], ['seksi', 'Seksi Pemerintahan', []]]]);
        expect(tree(kelurahan)).toEqual(['kelurahan', 'Kelurahan Kapur', [['sekretariat', 'Sekretariat Kelurahan', []]]]);
        expect(kelurahan.units[0].leader?.title).toBe('Sekretaris Lurah');
        // The head named by its office, as the examples write it.
        expect([kecamatan.leader?.id, kelurahan.leader?.id]).toEqual(['KecamatanSungaiRaya.Camat', 'KelurahanKapur.Lurah']);
    });

    it('says a JUMLAH row is not checked when no B or K can be read in it, rather than that it matches', async () => {
        const { report } = await imported(async file => {
            const wb = new ExcelJS.Workbook();
            const ws = wb.addWorksheet('Dinsos');
            [['No', 'Nama Jabatan', 'Kelas Jabatan'], [1, 'Kepala Dinas Sosial', 14], [2, 'Pekerja Sosial Ahli Muda', 9], [null, 'JUMLAH']].forEach(r => ws.addRow(r));
            await wb.xlsx.writeFile(file);
        });
        expect(report.rows.find(r => r.row === 4)!.note).toBe('jumlah tidak dicocokkan: tidak ada angka B atau K yang terbaca di baris ini; tidak diimpor sebagai jabatan');
    });
});
