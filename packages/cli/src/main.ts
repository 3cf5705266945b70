import * as v8 from 'node:v8';
import { Command, CommanderError, Option } from 'commander';
import { PathNotFoundError, startSiKerjaServer } from '@sikerja/language';
import { DIAGRAM_KIND_ENTRIES, workerDiagramRenderer } from '@sikerja/diagram';
import { DOCUMENT_KINDS } from '@sikerja/model';
import type { diffCommand } from './commands/diff.js';
import type { docsCommand } from './commands/docs.js';
import type { exportCommand } from './commands/export.js';
import type { importCommand } from './commands/import.js';

import { printModel } from './commands/model.js';
import { printRules } from './commands/rules.js';
import { validate } from './commands/validate.js';

/** Exit codes: 0 clean, 1 the model has errors, 2 the command itself was wrong. */
export const EXIT_USAGE = 2;

const COMMANDER_MESSAGES: Record<string, (e: CommanderError) => string> = {
    'commander.missingArgument': e => e.message.includes("'lama'")
        ? 'Argumen kurang: sebutkan versi lama yang dibandingkan, folder atau revisi git (mis. HEAD~1).'
        : 'Argumen kurang: sebutkan berkas atau folder .sikerja.',
    'commander.unknownOption': e => `Opsi tidak dikenal: ${e.message.match(/'([^']+)'/)?.[1] ?? ''}`,
    'commander.unknownCommand': e => `Perintah tidak dikenal: ${e.message.match(/'([^']+)'/)?.[1] ?? ''}. Lihat \`sikerja --help\`.`,
    'commander.invalidArgument': e => {
        const choice = /option '(-[^ ']+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(e.message);
        return choice ? `Nilai tidak sah untuk ${choice[1]}: ${choice[2]}. Pilihan: ${choice[3]}.` : `Nilai tidak sah: ${e.message.replace(/^error: /, '')}`;
    },
    'commander.optionMissingArgument': e => `Opsi perlu nilai: ${e.message.match(/'([^']+)'/)?.[1] ?? ''}`,
    'commander.excessArguments': () => 'Argumen berlebih.',
    'commander.missingMandatoryOptionValue': e => `Opsi wajib belum diisi: ${e.message.match(/'([^']+)'/)?.[1] ?? ''}`
};

export function createProgram(out: (s: string) => void, err: (s: string) => void): Command {
    const program = new Command('sikerja')
        .description('SiKerja: memeriksa model sistem kerja perangkat daerah terhadap Perbup Sistem Kerja.')
        .helpOption('-h, --help', 'tampilkan bantuan')
        .helpCommand('help [perintah]', 'tampilkan bantuan untuk perintah')
        .exitOverride()
        .showSuggestionAfterError(false)
        // Commander's own (English) error text is replaced by the Indonesian message in `main`.
        .configureOutput({ writeOut: s => out(s.trimEnd()), writeErr: s => err(s.trimEnd()), outputError: () => undefined });

    program.command('validate')
        .description('periksa berkas atau folder .sikerja; setiap temuan dicetak sebagai path:baris:kolom tingkat kode pesan')
        .argument('<paths...>', 'berkas atau folder .sikerja')
        .addOption(new Option('--format <format>', 'format keluaran').choices(['text', 'json']).default('text'))
        .action(async (paths: string[], opts: { format: 'text' | 'json' }) => {
            process.exitCode = await validate(paths, opts, out);
        });

    program.command('model')
        .description('cetak model semantik sebagai JSON (pemda, perangkat daerah, jabatan, tim kerja, lingkup tim)')
        .argument('<paths...>', 'berkas atau folder .sikerja')
        .option('--element <nama>', 'hanya elemen dengan nama berjenjang ini, mis. DPMPTSP.BidangPerizinan')
        .action(async (paths: string[], opts: { element?: string }) => {
            process.exitCode = await printModel(paths, opts, out, err);
        });

    program.command('diff')
        .description('bandingkan dua versi model: folder atau revisi git (HEAD~1, tag, commit); tanpa <baru>: pohon kerja. Tabel per perangkat daerah, atau JSON')
        .argument('<lama>', 'versi lama: folder atau revisi git')
        .argument('[baru]', 'versi baru: folder atau revisi git (bawaan: pohon kerja)')
        .option('--path <folder>', 'hanya folder ini dari revisi git dan pohon kerja, mis. examples/bengkayang')
        .addOption(new Option('--format <format>', 'format keluaran').choices(['text', 'json']).default('text'))
        .action(async (lama: string, baru: string | undefined, opts: Parameters<typeof diffCommand>[2]) => {
            const { diffCommand } = await import('./commands/diff.js');
            process.exitCode = await diffCommand(lama, baru, opts, out, err);
        });

    program.command('export')
        .description('gambar diagram organisasi (struktur, peta jabatan, susunan tim) dan proses (peta lintas fungsi, SOP AP, peta relasi, peta proses level) ke SVG, PNG (300 dpi) atau PDF')
        .argument('<paths...>', 'berkas atau folder .sikerja')
        .addOption(new Option('--kind <jenis...>', `jenis diagram: ${DIAGRAM_KIND_ENTRIES.map(e => `${e.kind} (${e.label})`).join(', ')}`)
            .choices(DIAGRAM_KIND_ENTRIES.map(e => e.kind)).default(DIAGRAM_KIND_ENTRIES.map(e => e.kind)))
        .addOption(new Option('--format <format...>', 'format berkas').choices(['svg', 'png', 'pdf']).default(['svg']))
        .option('--element <nama>', 'hanya elemen dengan nama berjenjang ini, mis. Dinkes atau TimPercepatanPenurunanStunting')
        .addOption(new Option('--paper <kertas>', 'ukuran kertas PDF dan halaman SOP AP').choices(['f4', 'a4', 'a3']).default('f4'))
        .addOption(new Option('--orientation <arah>', 'arah kertas PDF (bawaan: mengikuti bentuk diagram; SOP AP mendatar)').choices(['portrait', 'landscape']))
        .addOption(new Option('--theme <tema>', 'tampilan: formal (hitam-abu) atau warna').choices(['formal', 'warna']).default('formal'))
        .option('--pejabat-level', 'struktur: tandai kotak pimpinan dengan pejabat level 1, 2 atau 3 (konvensi dari teks lampiran Perbup)')
        .addOption(new Option('--lanes <arah>', 'jalur peta lintas fungsi: baris (mendatar, alur ke kanan) atau kolom (tegak, alur ke bawah)').choices(['baris', 'kolom']).default('baris'))
        .option('--sejak <lama>', 'struktur dan peta jabatan: tandai perubahan sejak versi lama (folder atau revisi git, mis. HEAD~1), seperti `sikerja diff`')
        .requiredOption('--out <folder>', 'folder keluaran')
        .action(async (paths: string[], opts: Parameters<typeof exportCommand>[1]) => {
            // The writers (PNG, PDF, Word, Excel) load only for the commands that write: `lsp` and `validate` start lean.
            const { exportCommand } = await import('./commands/export.js');
            process.exitCode = await exportCommand(paths, opts, out, err);
        });

    program.command('docs')
        .description('tulis dokumen resmi menurut bentuk daerahnya: surat permohonan, surat tugas, SK tim kerja (.docx), peta jabatan (.xlsx), lampiran struktur, peta jabatan dan SOP AP (.docx)')
        .argument('<paths...>', 'berkas atau folder .sikerja')
        .addOption(new Option('--kind <jenis...>', 'jenis dokumen; `perubahan` (ditulis sendiri): matriks perubahan .docx dan peta jabatan semula/menjadi .xlsx dari <lama> [<baru>], folder atau revisi git').choices([...DOCUMENT_KINDS, 'perubahan']).default([...DOCUMENT_KINDS]))
        .option('--element <nama>', 'hanya tim, penugasan atau perangkat daerah ini, mis. TimPercepatanPenurunanStunting atau Dinkes')
        .option('--path <folder>', 'perubahan: hanya folder ini dari revisi git dan pohon kerja')
        .addOption(new Option('--format <format>', 'laporan: teks atau json').choices(['text', 'json']).default('text'))
        .option('--timpa', 'tulis ulang dokumen yang sudah ada di folder keluaran (bawaan: dibiarkan, karena isiannya mungkin sudah dilengkapi)')
        .requiredOption('--out <folder>', 'folder keluaran')
        .action(async (paths: string[], opts: Parameters<typeof docsCommand>[1] & { path?: string }) => {
            if ((opts.kind as string[]).includes('perubahan')) {
                if (opts.kind.length > 1) {
                    err('sikerja: --kind perubahan ditulis sendiri: ia membandingkan dua versi, bukan satu model.');
                    process.exitCode = EXIT_USAGE;
                    return;
                }
                const { docsPerubahanCommand } = await import('./commands/docs-perubahan.js');
                process.exitCode = await docsPerubahanCommand(paths, opts, out, err);
                return;
            }
            const { docsCommand } = await import('./commands/docs.js');
            process.exitCode = await docsCommand(paths, opts, out, err);
        });

    program.command('import')
        .description('baca peta jabatan dari .xlsx atau .csv dan tulis satu berkas .sikerja per perangkat daerah, dengan laporan setiap baris')
        .argument('<files...>', 'berkas .xlsx atau .csv')
        .requiredOption('--pemda <nama>', 'nama pemda di berkas yang ditulis, mis. Bengkayang')
        .option('--sheet <lembar>', 'hanya lembar ini')
        .option('--mapping <berkas>', 'berkas JSON: headerRow, columns (mis. {"nama": "C", "b": "F"}), layout (id-atasan, nomor, indentasi), perangkatDaerah')
        .option('--nama <judul>', 'nama pemda untuk pemda.sikerja bila folder belum punya, mis. "Kabupaten Bengkayang"')
        .option('--regulasi <perbup>', 'regulasi untuk pemda.sikerja bila folder belum punya')
        .addOption(new Option('--format <format>', 'laporan: teks atau json').choices(['text', 'json']).default('text'))
        .requiredOption('--out <folder>', 'folder keluaran (berkas .sikerja yang sudah ada tidak ditimpa)')
        .action(async (files: string[], opts: Parameters<typeof importCommand>[1]) => {
            const { importCommand } = await import('./commands/import.js');
            process.exitCode = await importCommand(files, opts, out, err);
        });

    program.command('lsp')
        .description('jalankan server bahasa SiKerja (LSP) untuk editor apa pun: Neovim, Emacs, Helix, VS Code')
        .option('--stdio', 'berkomunikasi lewat stdin/stdout (bawaan)')
        .action(() => {
            // vscode-languageserver reads the transport (--stdio) from process.argv itself.
            if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
            // A server lives for the whole editing session and every edit leaves the old parse behind;
            // by default V8 lets the heap grow to several times what is live before collecting, which on
            // a kabupaten doubled the resident memory for no gain in speed (bench/README.md).
            v8.setFlagsFromString('--heap-growing-percent=30');
            startSiKerjaServer({ diagrams: workerDiagramRenderer() });
        });

    program.command('rules')
        .description('cetak katalog aturan: kode, judul, tingkat dan pasal per daerah')
        .addOption(new Option('--format <format>', 'format keluaran').choices(['text', 'markdown', 'json']).default('text'))
        .action((opts: { format: 'text' | 'markdown' | 'json' }) => {
            process.exitCode = printRules(opts, out);
        });
    return program;
}

/**
 * `docs --kind perubahan <lama> <baru>`: `--kind` takes several words, so the versions written after
 * `perubahan` (the words that are no document kind) are moved before it, where they are the command's arguments.
 */
function versionsBeforeKind(argv: string[]): string[] {
    const at = argv.indexOf('--kind');
    if (argv[0] !== 'docs' || at < 0 || argv[at + 1] !== 'perubahan') return argv;
    let end = at + 2;
    while (end < argv.length && !argv[end].startsWith('-')) end++;
    const words = argv.slice(at + 2, end);
    const kinds = words.filter(w => (DOCUMENT_KINDS as readonly string[]).includes(w));
    return [argv[0], ...words.filter(w => !kinds.includes(w)), ...argv.slice(1, at + 2), ...kinds, ...argv.slice(end)];
}

export async function main(argv: string[]): Promise<number> {
    const out = (s: string) => process.stdout.write(s + '\n');
    const err = (s: string) => process.stderr.write(s + '\n');
    const program = createProgram(out, err);
    try {
        await program.parseAsync(versionsBeforeKind(argv), { from: 'user' });
        return Number(process.exitCode ?? 0);
    } catch (e) {
        if (e instanceof CommanderError) {
            if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return 0;
            const message = COMMANDER_MESSAGES[e.code]?.(e) ?? e.message;
            err(`sikerja: ${message}`);
            return EXIT_USAGE;
        }
        if (e instanceof PathNotFoundError) {
            err(`sikerja: ${e.message}`);
            return EXIT_USAGE;
        }
        throw e;
    }
}
