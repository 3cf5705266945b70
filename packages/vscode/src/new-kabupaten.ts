import * as vscode from 'vscode';
import bengkalis from '../../language/src/validation/profiles/bengkalis-31-2024.json';
import bengkayang from '../../language/src/validation/profiles/bengkayang-5-2024.json';
import kampar from '../../language/src/validation/profiles/kampar-9-2025.json';
import mahulu from '../../language/src/validation/profiles/mahakam-ulu-44-2024.json';
import nasional from '../../language/src/validation/profiles/nasional.json';
import tanjabtim from '../../language/src/validation/profiles/tanjung-jabung-timur-14-2023.json';

const PROFILES = [bengkayang, kampar, bengkalis, tanjabtim, mahulu, nasional] as Array<{ id: string; title?: string; short?: string; regulation?: string[] }>;

/** A Perangkat Daerah to start from: a Dinas with Sekretariat and one Bidang, JF under their leaders. */
const FIRST_PD = `dinas Contoh "Dinas Contoh" {
    urusan "urusan pemerintahan"
    pimpinan Kepala "Kepala Dinas Contoh" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns
    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1 pns
        jabatan Perencana "Perencana Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
    }
    bidang Bidang1 "Bidang Pertama" {
        pimpinan KepalaBidang "Kepala Bidang Pertama" administrator kelas 11 bezetting 1 kebutuhan 1 pns
        jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 2 pns
    }
}
`;

/** "SiKerja: Mulai Folder Kabupaten Baru": a pemda file citing the chosen region's Perbup, and one PD to start from. */
export async function newKabupaten(): Promise<void> {
    const pick = await vscode.window.showQuickPick(PROFILES.map(p => ({ label: p.short ?? p.id, description: p.title ?? '', profile: p })), {
        title: 'Regulasi Sistem Kerja daerah ini', placeHolder: 'Pilih Perbup yang berlaku'
    });
    if (!pick) return;
    const name = await vscode.window.showInputBox({
        title: 'Nama pemda (pengenal)', value: 'KabupatenBaru',
        validateInput: v => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? undefined : 'Huruf, angka dan garis bawah saja, diawali huruf.'
    });
    if (!name) return;
    const folders = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Buat di folder ini' });
    if (!folders?.[0]) return;
    const dir = vscode.Uri.joinPath(folders[0], name.toLowerCase());
    const pemdaFile = vscode.Uri.joinPath(dir, 'pemda.sikerja');
    const exists = await vscode.workspace.fs.stat(pemdaFile).then(() => true, () => false);
    if (exists) {
        void vscode.window.showErrorMessage(`${pemdaFile.fsPath} sudah ada; tidak ada yang ditimpa.`);
        return;
    }
    const regulation = pick.profile.short ?? pick.profile.regulation?.[0] ?? pick.profile.id;
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(pemdaFile, Buffer.from(`pemda ${name} {\n    nama "Kabupaten ..."\n    regulasi "${regulation}"\n}\n`));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'dinas-contoh.sikerja'), Buffer.from(`pemda ${name}\n\n${FIRST_PD}`));
    await vscode.window.showTextDocument(pemdaFile);
}
