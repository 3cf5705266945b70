import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Packer, type Document } from 'docx';
import { DOCUMENT_KINDS, workPeople, type DocumentKind, type Organisation, type PemdaModel } from '@sikerja/model';
import { writeAtomically, type ExportFonts } from '../export-diagrams.js';
import { OutputNames } from '../output-names.js';
import { keputusanDocument } from './keputusan.js';
import { lampiranDocument } from './lampiran.js';
import type { BuiltDocument } from './naskah.js';
import { permohonanDocument } from './permohonan.js';
import { answerDocument, forwardedDocument } from './permohonan-chain.js';
import { petaJabatanWorkbook } from './peta-jabatan-xlsx.js';
import { DocumentFacts, safeName, type Work } from './resolve.js';
import { suratTugasForGroup, suratTugasForMember } from './surat-tugas.js';
import { suratTugasGroups } from './surat-tugas-groups.js';

export { DOCUMENT_KINDS, type DocumentKind };

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
    permohonan: 'Surat Permohonan Pelibatan', 'surat-tugas': 'Surat Tugas', keputusan: 'Keputusan (SK Tim Kerja)',
    'peta-jabatan': 'Peta Jabatan (.xlsx)', lampiran: 'Lampiran struktur, peta jabatan dan SOP AP'
};

export interface DocumentRequest {
    kinds: readonly DocumentKind[];
    /** A team, assignment or Perangkat Daerah id; everything when absent. */
    element?: string;
    outDir: string;
    /**
     * Write over documents already there. Off by default: an analyst fills the marked blanks in Word,
     * and writing the document again would lose them.
     */
    overwrite?: boolean;
}

export interface WrittenDocument {
    pemda: string;
    kind: DocumentKind;
    element: string;
    file: string;
    /** The marked blanks left in the document, in order: what the model does not hold. */
    missing: string[];
}

export interface SkippedDocument {
    pemda: string;
    kind: DocumentKind;
    element: string;
    reason: string;
}

export interface DocumentReport {
    files: WrittenDocument[];
    skipped: SkippedDocument[];
    /** Documents already in the folder and left as they are (`overwrite` not asked). */
    kept: string[];
    /** Documents written under another name: the one wanted differs from an earlier document's only in letter case. */
    renamed: Array<{ wanted: string; file: string }>;
}

interface Job {
    kind: DocumentKind;
    element: string;
    name: string;
    build: () => Promise<{ data: Uint8Array; missing: string[]; skipped?: string[] }>;
}

const docx = async (built: BuiltDocument | Promise<BuiltDocument>) => {
    const b = await built;
    return { data: await Packer.toBuffer(b.document as Document), missing: b.missing };
};

/** Every document of the kinds asked, for every pemda: `<outDir>/<Pemda>/<element>-<kind>[-<n>].<docx|xlsx>`. */
export async function writeDocuments(models: readonly PemdaModel[], request: DocumentRequest, fonts: ExportFonts,
    progress?: (done: number, total: number, label: string) => void): Promise<DocumentReport> {
    const names = new OutputNames();
    const report: DocumentReport = { files: [], skipped: [], kept: [], renamed: names.renamed };
    const planned: Array<{ pemda: PemdaModel; job: Job }> = [];
    for (const pemda of models) {
        const forms = pemda.profile?.documents;
        if (!forms) {
            report.skipped.push({ pemda: pemda.name, kind: 'keputusan', element: pemda.name, reason: 'bentuk dokumen daerah ini tidak diketahui (profil tanpa `documents`)' });
            continue;
        }
        const facts = new DocumentFacts(pemda, forms);
        for (const job of jobsFor(facts, request, fonts)) planned.push({ pemda, job });
    }
    let done = 0;
    for (const { pemda, job } of planned) {
        progress?.(++done, planned.length, `${pemda.name} ${job.element} (${job.kind})`);
        const file = names.claim(path.join(request.outDir, safeName(pemda.name), job.name));
        if (!request.overwrite && await exists(file)) {
            report.kept.push(file);
            continue;
        }
        try {
            const built = await job.build();
            await writeAtomically(file, built.data);
            report.files.push({ pemda: pemda.name, kind: job.kind, element: job.element, file, missing: built.missing });
            for (const reason of built.skipped ?? []) report.skipped.push({ pemda: pemda.name, kind: job.kind, element: job.element, reason });
        } catch (e) {
            report.skipped.push({ pemda: pemda.name, kind: job.kind, element: job.element, reason: e instanceof Error ? e.message : String(e) });
        }
    }
    return report;
}

async function exists(file: string): Promise<boolean> {
    return (await fs.stat(file).catch(() => undefined)) !== undefined;
}

/** What a pemda's documents are written for: its teams and assignments, and its Perangkat Daerah. */
export function documentSubjects(pemda: PemdaModel): { works: Work[]; perangkatDaerah: Organisation[] } {
    return { works: [...pemda.teams, ...pemda.assignments], perangkatDaerah: pemda.organisations.filter(o => o.induk === undefined) };
}

/** What documents a pemda's model gives, in model order. */
function jobsFor(facts: DocumentFacts, request: DocumentRequest, fonts: ExportFonts): Job[] {
    const wanted = new Set(request.kinds);
    const pick = (element: string) => request.element === undefined || request.element === element;
    const jobs: Job[] = [];
    const { works, perangkatDaerah } = documentSubjects(facts.pemda);
    for (const work of works.filter(w => pick(w.id))) {
        const base = safeName(work.id);
        // Another instansi's letter asking for this pemda's people is theirs to write, not a document here.
        if (wanted.has('permohonan') && work.ownerInstansi === undefined) {
            work.permohonan.forEach((p, i) => {
                const name = `${base}-permohonan-${i + 1}`;
                jobs.push({ kind: 'permohonan', element: work.id, name: `${name}.docx`, build: () => docx(permohonanDocument(facts, work, p)) });
                // Across instansi the Pejabat yang Berwenang carries it on in a letter of his own; an answer the model records is written too.
                if (facts.isInstansi(p.recipient)) {
                    jobs.push({ kind: 'permohonan', element: work.id, name: `${name}-diteruskan.docx`, build: () => docx(forwardedDocument(facts, work, p)) });
                }
                if (p.answer) jobs.push({ kind: 'permohonan', element: work.id, name: `${name}-jawaban.docx`, build: () => docx(answerDocument(facts, work, p)) });
            });
        }
        if (wanted.has('keputusan') && work.instrument?.startsWith('keputusan-')) {
            jobs.push({ kind: 'keputusan', element: work.id, name: `${base}-keputusan.docx`, build: () => docx(keputusanDocument(facts, work)) });
        }
        if (wanted.has('surat-tugas')) {
            if (work.instrument === 'surat-tugas') {
                // One letter per unit or instansi where the people sit, each signed there.
                for (const group of suratTugasGroups(facts, work)) {
                    const name = group.key === '' ? `${base}-surat-tugas.docx` : `${base}-surat-tugas-${safeName(group.key)}.docx`;
                    jobs.push({ kind: 'surat-tugas', element: work.id, name, build: () => docx(suratTugasForGroup(facts, work, group)) });
                }
            }
            const names = new Map<string, number>();
            for (const member of memberLetters(facts, work)) {
                const who = safeName(`${member.position}${member.pegawai ? `-${member.pegawai}` : ''}`);
                // Two holders of one post, neither named: one letter each, numbered.
                const n = (names.get(who) ?? 0) + 1;
                names.set(who, n);
                jobs.push({ kind: 'surat-tugas', element: work.id, name: `${base}-surat-tugas-${who}${n > 1 ? `-${n}` : ''}.docx`, build: () => docx(suratTugasForMember(facts, work, member)) });
            }
        }
    }
    for (const pd of perangkatDaerah.filter(o => pick(o.id))) {
        if (wanted.has('peta-jabatan')) {
            jobs.push({
                kind: 'peta-jabatan', element: pd.id, name: `${safeName(pd.id)}-peta-jabatan.xlsx`,
                build: async () => ({ data: new Uint8Array(await petaJabatanWorkbook(facts.pemda, pd).workbook.xlsx.writeBuffer()), missing: [] })
            });
        }
        if (wanted.has('lampiran')) {
            jobs.push({
                kind: 'lampiran', element: pd.id, name: `${safeName(pd.id)}-lampiran.docx`,
                build: async () => {
                    const built = await lampiranDocument(facts, pd, fonts);
                    return { ...(await docx(built)), skipped: built.skipped };
                }
            });
        }
    }
    return jobs;
}

/**
 * Members who get their own Surat Tugas from their own Perangkat Daerah: those the model gives one
 * (`surat-tugas { ... }`), and in a team set by a keputusan every JF or pelaksana from another
 * Perangkat Daerah of this pemda (Bengkalis contoh 5: "Penugasan Menjadi Anggota Tim Kerja … Lintas Perangkat Daerah").
 */
function memberLetters(facts: DocumentFacts, work: Work): ReturnType<typeof workPeople> {
    if (!('members' in work)) return [];
    return work.members.filter(m => {
        if (m.position === undefined) return false;
        if (m.letter) return true;
        if (!work.instrument?.startsWith('keputusan-') || m.role === 'pengarah' || m.role === 'penanggung-jawab') return false;
        const home = facts.position(m.position);
        // The forms assign JF and pelaksana; a structural official is not given a surat tugas by its own office.
        return home !== undefined && home.role === 'jabatan' && work.ownerPerangkatDaerah !== undefined && m.homePerangkatDaerah !== work.ownerPerangkatDaerah;
    });
}
