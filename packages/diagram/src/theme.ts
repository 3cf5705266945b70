import type { DiagramTheme } from '@sikerja/model';
import type { BoxStyle, RowFill } from './scene.js';

/** `formal`: black and grey, for documents (the default); `warna`: a restrained colour theme for screens. */
export type ThemeName = DiagramTheme;

export interface Theme {
    background: string;
    text: string;
    line: string;
    stroke: Record<BoxStyle, { fill: string; stroke: string; width: number }>;
    row: Record<RowFill, string | undefined>;
    band: { header: string; fill: string };
    shortage: { fill: string; text: string };
}

const FORMAL: Theme = {
    background: '#ffffff',
    text: '#000000',
    line: '#000000',
    stroke: {
        pimpinan: { fill: '#ffffff', stroke: '#000000', width: 1.2 },
        unit: { fill: '#ffffff', stroke: '#000000', width: 0.8 },
        'unit-kerja': { fill: '#ffffff', stroke: '#000000', width: 1.6 },
        kelompok: { fill: '#f2f2f2', stroke: '#000000', width: 0.8 },
        tabel: { fill: '#ffffff', stroke: '#000000', width: 0.8 },
        orang: { fill: '#ffffff', stroke: '#000000', width: 0.8 },
        'orang-luar': { fill: '#ffffff', stroke: '#000000', width: 0.8 },
        simbol: { fill: '#ffffff', stroke: '#000000', width: 0.8 }
    },
    band: { header: '#f2f2f2', fill: '#ffffff' },
    row: { judul: '#e6e6e6', 'kepala-kolom': '#f2f2f2', jumlah: '#f2f2f2', none: undefined },
    shortage: { fill: '#d9d9d9', text: '#000000' }
};

const WARNA: Theme = {
    background: '#ffffff',
    text: '#1a1a1a',
    line: '#44546a',
    stroke: {
        pimpinan: { fill: '#dde8f5', stroke: '#1f4e79', width: 1.2 },
        unit: { fill: '#ffffff', stroke: '#1f4e79', width: 0.8 },
        'unit-kerja': { fill: '#eef5e9', stroke: '#375623', width: 1.4 },
        kelompok: { fill: '#fff4dc', stroke: '#7f6000', width: 0.8 },
        tabel: { fill: '#ffffff', stroke: '#7f6000', width: 0.8 },
        orang: { fill: '#ffffff', stroke: '#1f4e79', width: 0.8 },
        'orang-luar': { fill: '#fbeee6', stroke: '#843c0c', width: 0.8 },
        simbol: { fill: '#ffffff', stroke: '#1f4e79', width: 0.9 }
    },
    band: { header: '#dde8f5', fill: '#fbfcfe' },
    row: { judul: '#dde8f5', 'kepala-kolom': '#f2f2f2', jumlah: '#f2f2f2', none: undefined },
    shortage: { fill: '#f8d7d7', text: '#9c0006' }
};

export function theme(name: ThemeName = 'formal'): Theme {
    return name === 'warna' ? WARNA : FORMAL;
}
