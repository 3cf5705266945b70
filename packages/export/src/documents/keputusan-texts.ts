import type { KeputusanForm } from '@sikerja/model';
import type { Work } from './resolve.js';

/** What a Keputusan says of its team: the title under TENTANG (repeated exactly in the lampiran), Menetapkan, the diktum, the lampiran's title. */
export interface KeputusanTexts {
    about: string;
    establish: string;
    diktum: readonly string[];
    lampiranTitle: string;
    /** Only this pemda's people are listed: the work is another instansi's. */
    ownPeopleOnly: boolean;
}

/**
 * The texts of the form, with two exceptions. A body the regulation sets for itself takes the diktum the
 * region's profile gives it (Mahakam Ulu Ps 24: the Tim Koordinasi SPBE answers to the Bupati). A work
 * another instansi owns is not formed here: this pemda only assigns its own people to it, citing that
 * instansi's letter (Bengkayang Lampiran I.II.1.c angka 3-4), so its decree neither "membentuk" the team
 * nor lists the other instansi's ketua and anggota.
 */
export function keputusanTexts(form: KeputusanForm, work: Work): KeputusanTexts {
    if (work.ownerInstansi !== undefined) {
        return {
            about: 'PENUGASAN PEJABAT FUNGSIONAL DAN PELAKSANA {pemda} DALAM {tim}',
            establish: 'Penugasan pejabat fungsional dan pelaksana {pemda} dalam {tim}.',
            diktum: [
                'Menugaskan pejabat fungsional dan pelaksana {pemda} yang namanya tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini dalam {tim} pada {pemilik}, {pdPemilik}.',
                'Pejabat fungsional dan pelaksana sebagaimana dimaksud dalam Diktum KESATU melaksanakan tugas untuk mencapai target kinerja: {target}, selama {durasi}.',
                'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada {pembiayaan}.',
                'Keputusan ini mulai berlaku pada tanggal ditetapkan.'
            ],
            lampiranTitle: 'Pejabat Fungsional dan Pelaksana {pemda} dalam {tim}',
            ownPeopleOnly: true
        };
    }
    const body = form.bodies?.find(b => new RegExp(b.titlePattern, 'i').test(work.title));
    return { about: form.about, establish: form.establish, diktum: body?.diktum ?? form.diktum, lampiranTitle: form.lampiranTitle, ownPeopleOnly: false };
}
