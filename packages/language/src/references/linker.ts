import type { AstNodeDescription, LinkingError, ReferenceInfo } from 'langium';
import { AstUtils, DefaultLinker } from 'langium';
import type { Document } from '../generated/ast.js';

const TARGET_LABELS: Record<string, string> = {
    Position: 'jabatan atau pimpinan',
    Jabatan: 'jabatan',
    Pimpinan: 'pimpinan',
    OrgUnit: 'unit organisasi atau perangkat daerah',
    Organisasi: 'perangkat daerah atau unit kerja',
    Templat: 'templat',
    Instansi: 'instansi',
    Addressable: 'unit organisasi, perangkat daerah atau instansi',
    Proses: 'proses',
    RelasiEnd: 'proses, unit organisasi, perangkat daerah atau instansi',
    LaneTarget: 'unit organisasi, jabatan atau instansi',
    Jalur: 'jalur di peta ini',
    Simpul: 'simbol (mulai, kegiatan, keputusan, ...) di peta ini',
    Sop: 'SOP di peta ini'
};

/** Linking errors in Bahasa Indonesia, naming what was looked for and where. */
export class SiKerjaLinker extends DefaultLinker {
    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const base = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const label = TARGET_LABELS[type] ?? type;
        const root = AstUtils.findRootNode(refInfo.container) as Document;
        const pemda = root.header?.name;
        const where = pemda ? ` di pemda ${pemda}` : '';
        const hint = refInfo.reference.$refText.includes('.')
            ? ' Periksa setiap bagian nama berjenjangnya.'
            : ' Dari berkas lain, tulis nama lengkapnya, mis. `DPMPTSP.BidangPerizinan.AnalisKebijakan`.';
        return { ...base, message: `Tidak ditemukan ${label} bernama \`${refInfo.reference.$refText}\`${where}.${hint}` };
    }
}
