import type { AstNode, LangiumDocument } from 'langium';
import { Cancellation, GrammarUtils } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { formatSelisih, SCOPE_LABELS, unitTotals } from '@sikerja/model';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { workBuiltFrom } from '../model/fragment-builder.js';
import type { SemanticModelService } from '../model/semantic-model-service.js';
import { enclosingTemplate, qualifiedName } from '../qualified-names.js';
import { visitAst } from '../ast-walk.js';
import type { SiKerjaServices } from '../sikerja-module.js';

/**
 * What the model derives, shown where the analyst writes: B, K and ± totals after each Perangkat
 * Daerah and unit, ± and the Pejabat Penilai Kinerja after each position, the scope of each team.
 * Nothing here is typed by hand, so none of it can disagree with the peta jabatan.
 */
export class SiKerjaInlayHintProvider extends AbstractInlayHintProvider {
    private readonly models: SemanticModelService;

    constructor(services: SiKerjaServices) {
        super();
        this.models = services.model.SemanticModel;
    }

    /**
     * Langium's walk awaits after every node and compares line/character ranges; a pasted block of
     * 10,000 jabatan made that the larger part of a request the editor repeats as the view scrolls.
     */
    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = Cancellation.CancellationToken.None): Promise<InlayHint[]> {
        const hints: InlayHint[] = [];
        const accept: InlayHintAcceptor = hint => { hints.push(hint); };
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        const overlaps = (node: AstNode): boolean => {
            const cst = node.$cstNode;
            return cst !== undefined && cst.end > start && cst.offset < end;
        };
        await visitAst(document.parseResult.value, cancelToken, node => this.computeInlayHint(node, accept), overlaps);
        return hints;
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (ast.isOrganisasi(node) || ast.isUnit(node)) this.unitHint(node, accept);
        else if (ast.isPimpinan(node) || ast.isJabatan(node)) this.positionHint(node, accept);
        else if (ast.isTim(node) || ast.isPenugasan(node)) this.scopeHint(node, accept);
    }

    private unitHint(node: ast.Organisasi | ast.Unit, accept: InlayHintAcceptor): void {
        if (enclosingTemplate(node) || !node.name) return;
        const unit = this.models.factsFor(node)?.index.unit(qualifiedName(node));
        if (!unit) return;
        const t = unitTotals(unit);
        if (t.positions === 0) return;
        const label = `B ${t.bezetting} · K ${t.kebutuhan} · ± ${formatSelisih(t.selisih)}`;
        const tooltip = `${t.positions} jabatan di bawah \`${unit.title}\`: bezetting ${t.bezetting}, kebutuhan ${t.kebutuhan}, selisih ${formatSelisih(t.selisih)}`
            + (t.incomplete > 0 ? `; ${t.incomplete} jabatan belum lengkap B/K-nya dan tidak ikut dijumlah.` : '.');
        after(node, 'title', t.incomplete > 0 ? `${label} (${t.incomplete} tanpa B/K)` : label, tooltip, accept);
    }

    private positionHint(node: ast.Pimpinan | ast.Jabatan, accept: InlayHintAcceptor): void {
        if (enclosingTemplate(node) || !node.name) return;
        const facts = this.models.factsFor(node);
        const position = facts?.index.position(qualifiedName(node));
        if (!facts || !position) return;
        const parts: string[] = [];
        if (position.selisih !== undefined) parts.push(`± ${formatSelisih(position.selisih)}`);
        const penilai = facts.index.position(position.penilaiKinerja);
        // Written out with `dibawah`, the penilai is already on the line.
        if (penilai && node.penilai.length === 0) parts.push(`PPK: ${penilai.title}`);
        if (parts.length === 0) return;
        const end = node.$cstNode?.range.end;
        if (!end) return;
        accept({
            position: end, label: parts.join(' · '), paddingLeft: true,
            tooltip: penilai ? `Pejabat Penilai Kinerja: ${penilai.title} (\`${penilai.id}\`)` : undefined
        });
    }

    private scopeHint(node: ast.Tim | ast.Penugasan, accept: InlayHintAcceptor): void {
        // The model's team built from this very node (two teams may share a name); its scope is
        // derived once the pemda's model is built.
        if (!this.models.factsFor(node)) return;
        const work = workBuiltFrom(node);
        if (!work?.scope) return;
        after(node, 'title', SCOPE_LABELS[work.scope], `Lingkup penugasan menurut unit asal anggota dan pemilik kinerja: ${SCOPE_LABELS[work.scope]}.`, accept);
    }
}

function after(node: AstNode, property: string, label: string, tooltip: string, accept: InlayHintAcceptor): void {
    const cst = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!cst) return;
    const hint: InlayHint = { position: cst.range.end, label, paddingLeft: true, tooltip };
    accept(hint);
}

