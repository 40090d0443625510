package vn.somohinh.model;

import vn.somohinh.forge.Links;
import vn.somohinh.load.SiteConfig;

/** The forge's links of a registry, from site.yaml: none without kho_ma_nguon or with a forge validate refused. */
final class Forges {
    private Forges() {
    }

    static Links of(SiteConfig site) {
        if (site == null || site.khoMaNguon() == null) {
            return null;
        }
        return site.forge().map(forge -> new Links(forge, site.khoMaNguon(), site.branch())).orElse(null);
    }

    /** A file's edit and history links, null without a forge. */
    static ModelView.FileLinks file(Links links, String path) {
        return links == null ? null : new ModelView.FileLinks(links.edit(path), links.history(path));
    }
}
