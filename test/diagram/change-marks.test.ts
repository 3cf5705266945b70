import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, renderDiagram, shippedFonts, type Box, type Scene } from '@sikerja/diagram';
import { diagramMarks, diffModels, type DiagramMarks, type PemdaModel } from '@sikerja/model';
import { bengkayangVersions } from '../cli/diff-example.js';
import { expectNoOverlap, expectTextInsideBoxes } from './geometry.js';

/**
 * The struktur and peta jabatan of a new version marked with its changes (`export --sejak`), for a
 * real change to the Bengkayang example: Bidang P2P's Seksi Surveilans dan Imunisasi became a
 * kelompok of its three JF, the Sanitarian moved from Bidang Kesmas to Bidang P2P, and the
 * Nutrisionis Ahli Muda went from kelas 9 to 10.
 */
const { metrics } = shippedFonts();
let before: PemdaModel[], after: PemdaModel[];
let changes: DiagramMarks;

async function modelOf(folder: string): Promise<PemdaModel[]> {
    const ws = await loadWorkspace([folder]);
    return ws.services.model.SemanticModel.semanticModel().pemda;
}

beforeAll(async () => {
    const { lama, baru } = bengkayangVersions(fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-marks-')));
    before = await modelOf(lama);
    after = await modelOf(baru);
    changes = diagramMarks(diffModels(before, after), before, 'versi lama')['Bengkayang'];
}, 120000);

const bengkayang = () => after.find(p => p.name === 'Bengkayang')!;
const texts = (b: Box) => b.rows.map(r => r.cells.map(c => c.lines.join(' ')).join(' | '));
const rowOf = (scene: Scene, title: string) => scene.boxes.flatMap(b => b.rows).find(r => r.cells[0].lines.join(' ').startsWith(title));

async function drawn(kind: 'struktur' | 'peta-jabatan', marks: DiagramMarks | undefined, element = 'Dinkes'): Promise<Scene> {
    return (await diagramScene(bengkayang(), { kind, element, changes: marks }, metrics))!.scene;
}

describe('peta jabatan marked with the changes since an older version', () => {
    let scene: Scene;
    beforeAll(async () => { scene = await drawn('peta-jabatan', changes); });

    it('shows a changed kelas as "9 -> 10" in its row, the other figures as they are', () => {
        const row = rowOf(scene, 'Nutrisionis Ahli Muda')!;
        expect(row.cells.map(c => c.lines.join(' '))).toEqual(['Nutrisionis Ahli Muda', '9 -> 10', '1', '2', '-1']);
    });

    it('marks a moved jabatan with the unit it came from, and the new kelompok as baru', () => {
        expect(rowOf(scene, 'Tenaga Sanitasi Lingkungan Mahir')!.cells[0].lines.join(' ')).toBe('Tenaga Sanitasi Lingkungan Mahir (dipindah dari Bidang Kesehatan Masyarakat)');
        expect(rowOf(scene, 'Epidemiolog Kesehatan Ahli Muda')!.cells[0].lines.join(' ')).toBe('Epidemiolog Kesehatan Ahli Muda (dipindah dari Seksi Surveilans dan Imunisasi)');
        const p2p = scene.boxes.find(b => b.id === 'k:Dinkes.P2P')!;
        expect(texts(p2p)).toContain('Kelompok JF Surveilans dan Imunisasi (baru)');
        // An unchanged jabatan is not marked.
        expect(rowOf(scene, 'Apoteker Ahli Muda')!.cells[0].lines.join(' ')).toBe('Apoteker Ahli Muda');
    });

    it('lists the Seksi and its Kepala, which have no place in the new tree, dashed under "Dihapus", with a keterangan of the marks used', () => {
        const gone = scene.boxes.find(b => b.id === 'perubahan:dihapus')!;
        expect(gone.dashed).toBe(true);
        expect(texts(gone)).toEqual([
            'Dihapus',
            'Unit Seksi Surveilans dan Imunisasi (di Bidang Pencegahan dan Pengendalian Penyakit)',
            'Jabatan Kepala Seksi Surveilans dan Imunisasi — kelas 9, B 1, K 1'
        ]);
        expect(texts(scene.boxes.find(b => b.id === 'perubahan:keterangan')!)).toEqual([
            'Tanda perubahan sejak versi lama',
            'baru: ditambahkan sejak versi lama',
            'garis putus-putus, dihapus: tidak ada lagi di versi ini',
            '8 -> 9: angka semula 8, menjadi 9 (kelas, B, K)',
            'dipindah dari …: semula berada di unit itu'
        ]);
    });

    it('keeps every text in its box and no box on another', () => {
        expectTextInsideBoxes(scene, metrics);
        expectNoOverlap(scene.boxes);
    });
});

describe('struktur marked with the changes', () => {
    it('marks the new kelompok baru and lists the removed Seksi, not its jabatan, which a struktur does not draw', async () => {
        const scene = await drawn('struktur', changes);
        // Bidang P2P keeps JF of its own beside the new kelompok: one box names them all, the new one marked.
        expect(texts(scene.boxes.find(b => b.id === 'k:Dinkes.P2P')!)).toEqual(['KELOMPOK JABATAN FUNGSIONAL DAN PELAKSANA', 'Kelompok JF Surveilans dan Imunisasi (baru)']);
        expect(texts(scene.boxes.find(b => b.id === 'perubahan:dihapus')!)).toEqual(['Dihapus', 'Unit Seksi Surveilans dan Imunisasi (di Bidang Pencegahan dan Pengendalian Penyakit)']);
        expect(texts(scene.boxes.find(b => b.id === 'perubahan:keterangan')!)).toEqual(['Tanda perubahan sejak versi lama', 'baru: ditambahkan sejak versi lama', 'garis putus-putus, dihapus: tidak ada lagi di versi ini']);
        expectTextInsideBoxes(scene, metrics);
        expectNoOverlap(scene.boxes);
    });

    it('a unit renamed is marked "semula …" on its box', async () => {
        const renamed = structuredClone(after);
        const dinkes = renamed.find(p => p.name === 'Bengkayang')!.organisations.find(o => o.id === 'Dinkes')!;
        dinkes.units.find(u => u.id === 'Dinkes.Yankes')!.title = 'Bidang Pelayanan Kesehatan';
        const marks = diagramMarks(diffModels(after, renamed), after, 'HEAD~1')['Bengkayang'];
        const { scene } = (await diagramScene(renamed.find(p => p.name === 'Bengkayang')!, { kind: 'struktur', element: 'Dinkes', changes: marks }, metrics))!;
        expect(texts(scene.boxes.find(b => b.id === 'h:Dinkes.Yankes')!)).toEqual(['BIDANG PELAYANAN KESEHATAN', 'semula Bidang Pelayanan dan Sumber Daya Kesehatan']);
        expect(texts(scene.boxes.find(b => b.id === 'perubahan:keterangan')!)).toContain('semula …: nama jabatan atau unit sebelumnya');
    });
});

describe('a jabatan removed from a unit still there', () => {
    it('keeps its row in the unit\'s table, marked dihapus with its figures going to nothing, out of the Jumlah and out of the foot', async () => {
        const cut = structuredClone(after);
        const yankes = cut.find(p => p.name === 'Bengkayang')!.organisations.find(o => o.id === 'Dinkes')!.units.find(u => u.id === 'Dinkes.Yankes')!;
        yankes.positions = yankes.positions.filter(p => p.id !== 'Dinkes.Yankes.ApotekerMuda');
        const marks = diagramMarks(diffModels(after, cut), after, 'HEAD~1')['Bengkayang'];
        expect(marks.removed).toEqual([expect.objectContaining({ id: 'Dinkes.Yankes.ApotekerMuda', unit: 'Dinkes.Yankes', kelas: 9, bezetting: 1, kebutuhan: 1 })]);
        const { scene } = (await diagramScene(cut.find(p => p.name === 'Bengkayang')!, { kind: 'peta-jabatan', element: 'Dinkes', changes: marks }, metrics))!;
        const table = scene.boxes.find(b => b.id === 'k:Dinkes.Yankes')!;
        expect(texts(table).slice(-2)).toEqual(['Apoteker Ahli Muda (dihapus) | 9 -> – | 1 -> – | 1 -> – | –', 'Jumlah | – | 4 | 4 | 0']);
        expect(scene.boxes.find(b => b.id === 'perubahan:dihapus')).toBeUndefined();
        expect(texts(scene.boxes.find(b => b.id === 'perubahan:keterangan')!)).toEqual(['Tanda perubahan sejak HEAD~1', '(dihapus), 8 -> –: jabatan yang tidak ada lagi, di tabel unitnya']);
        expectTextInsideBoxes(scene, metrics);
        expectNoOverlap(scene.boxes);
    });
});

describe('a diagram with nothing changed', () => {
    it('is the unmarked drawing, byte for byte, when the model did not change or only another Perangkat Daerah did', async () => {
        const none = diagramMarks(diffModels(after, after), after, 'HEAD')['Bengkayang'];
        expect(none).toBeUndefined();
        for (const kind of ['struktur', 'peta-jabatan'] as const) {
            const plain = await renderDiagram(bengkayang(), { kind, element: 'Dinkes' }, metrics);
            const empty = await renderDiagram(bengkayang(), { kind, element: 'Dinkes', changes: { sejak: 'HEAD', marks: {}, removed: [] } }, metrics);
            expect(plain.ok && empty.ok && empty.diagram.svg === plain.diagram.svg, kind).toBe(true);
            // Dinkes changed, the DPMPTSP did not: its drawings carry no mark.
            const other = await renderDiagram(bengkayang(), { kind, element: 'DPMPTSP', changes }, metrics);
            const otherPlain = await renderDiagram(bengkayang(), { kind, element: 'DPMPTSP' }, metrics);
            expect(other.ok && otherPlain.ok && other.diagram.svg === otherPlain.diagram.svg, `DPMPTSP ${kind}`).toBe(true);
        }
    });
});
