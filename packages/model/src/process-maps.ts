import type { Process, SopIdentity } from './types.js';

/** A process that has a peta proses of its own: the level-0 map, or one decomposed into sub-processes. */
export function hasLevelMap(p: Process): boolean {
    return p.level === 0 || p.children.length > 0;
}

/**
 * The six fields under the SOP AP heading (PermenPAN-RB 35/2012), in their two-column order:
 * [left label, its lines, right label, its lines]. Keterkaitan is what the caller relates the SOP to.
 */
export function sopIdentityGrid(identity: SopIdentity, related: string[]): Array<[string, string[], string, string[]]> {
    return [
        ['Dasar Hukum', identity.legalBasis, 'Kualifikasi Pelaksana', identity.qualifications],
        ['Keterkaitan', related, 'Peralatan/Perlengkapan', identity.equipment],
        ['Peringatan', identity.warnings, 'Pencatatan dan Pendataan', identity.records]
    ];
}
