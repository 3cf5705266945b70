import { buildWorkspace, onlyRules, type Finding, type Workspace } from '../../helpers.js';

/** A small, rule-clean pemda: a Dinas Kesehatan (Model 3), a Kecamatan, and another instansi. */
export const ORGS = `dinas Dinkes "Dinas Kesehatan" model 3 {
    urusan "kesehatan"
    pimpinan Kepala "Kepala Dinas Kesehatan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan Arsiparis "Arsiparis Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1
    }
    bidang Kesmas "Bidang Kesehatan Masyarakat" {
        pimpinan Kabid "Kepala Bidang Kesehatan Masyarakat" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan Adminkes "Administrator Kesehatan Ahli Madya" fungsional keahlian ahli-madya kelas 11 hasil-penyetaraan bezetting 1 kebutuhan 1
        jabatan Nutrisionis "Nutrisionis Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1 pns
    }
    bidang P2P "Bidang Pencegahan dan Pengendalian Penyakit" {
        pimpinan Kabid "Kepala Bidang P2P" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan Epidemiolog "Epidemiolog Kesehatan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
    }
}
kecamatan Kec "Kecamatan Satu" {
    pimpinan Camat "Camat" administrator kelas 12 bezetting 1 kebutuhan 1
    seksi PMD "Seksi Pemberdayaan Masyarakat dan Desa" {
        pimpinan Kasi "Kepala Seksi PMD" pengawas kelas 9 bezetting 1 kebutuhan 1
        jabatan Penggerak "Penggerak Swadaya Masyarakat Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1 pns
    }
}
instansi BPS "Badan Pusat Statistik"
`;

export const REGULATIONS = {
    bengkayang: 'Perbup Bengkayang 5/2024',
    kampar: 'Perbup Kampar 9/2025',
    bengkalis: 'Perbup Bengkalis 31/2024',
    tanjabtim: 'Perbup Tanjung Jabung Timur 14/2023',
    mahulu: 'Perbup Mahakam Ulu 44/2024',
    nasional: 'PermenPANRB 7/2022'
} as const;

export type Region = keyof typeof REGULATIONS;

export interface RuleRun extends Workspace {
    /** Rule findings in the snippet, as [severity, code, line, underlined text]. */
    rules: Array<[Finding['severity'], string, number, string]>;
    findings: Finding[];
}

/** Validate `body` (written after `pemda Uji`, line 2 on) beside ORGS, under a region's regulation. */
export async function underRegion(region: Region, body: string, orgs = ORGS): Promise<RuleRun> {
    const ws = await buildWorkspace({
        'pemda.sikerja': `pemda Uji { nama "Kabupaten Uji" regulasi "${REGULATIONS[region]}" }`,
        'org.sikerja': `pemda Uji\n${orgs}`,
        'snippet.sikerja': `pemda Uji\n${body}`
    });
    const findings = onlyRules(ws.diagnostics('snippet.sikerja'));
    return { ...ws, findings, rules: findings.map(f => [f.severity, f.code, f.line, f.text]) };
}

/** The findings of one rule, as [severity, code, line, text]. */
export function only(rules: RuleRun['rules'], code: string): RuleRun['rules'] {
    return rules.filter(r => r[1] === code);
}

/** One rule's findings for the same text under each region's Perbup, keyed by region: the regional differences side by side. */
export async function underEachRegion(regions: readonly Region[], body: string, code: string, orgs = ORGS): Promise<Record<string, RuleRun['rules']>> {
    const out: Record<string, RuleRun['rules']> = {};
    for (const region of regions) out[region] = only((await underRegion(region, body, orgs)).rules, code);
    return out;
}
