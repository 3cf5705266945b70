import { organisationKind } from './organisation-kinds.js';

/** Peta jabatan: every position with its kelas, B, K and ±, in the structure's tree. */
export const petaJabatan = organisationKind('peta-jabatan', 'Peta Jabatan', 'peta jabatan');
