import { organisationKind } from './organisation-kinds.js';

/** Bagan struktur organisasi: the units and their kelompok, as the Perbup's annexes draw them. */
export const struktur = organisationKind('struktur', 'Struktur Organisasi', 'struktur organisasi');
