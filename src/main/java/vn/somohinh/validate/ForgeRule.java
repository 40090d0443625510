package vn.somohinh.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import vn.somohinh.forge.Forge;
import vn.somohinh.load.CodeLists.Kind;
import vn.somohinh.load.SiteConfig;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Code;
import vn.somohinh.yaml.Pos;

/**
 * site.yaml says which forge hosts the repository when its address cannot, names a branch Git accepts, and lists as
 * teams what units' {@code quan_tri} name as teams: owners --check knows a team's members from that list only.
 */
final class ForgeRule implements Rule {

    @Override
    public void check(Context ctx) {
        SiteConfig site = ctx.index.data.site();
        if (site == null) {
            return;
        }
        ctx.requireKnown(site.src(), "loai_kho", "loại kho", site.loaiKho(), Forge.ids(), Kind.FORGES.where());
        var shown = Forge.guess(site.khoMaNguon());
        if (site.khoMaNguon() != null && site.loaiKho() == null && shown.isEmpty()) {
            ctx.report(site.src(), "kho_ma_nguon", Code.FORGE_REQUIRED, site.khoMaNguon());
        }
        var named = Forge.byId(site.loaiKho());
        if (shown.isPresent() && named.isPresent() && shown.get() != named.get()) {
            String host = java.net.URI.create(site.khoMaNguon().strip()).getHost();
            ctx.report(site.src(), "loai_kho", Code.FORGE_MISMATCH, host, shown.get().title(), named.get().id(),
                    shown.get().id(), host);
        }
        if (site.nhanhChinh() != null && !Repository.isValidRefName("refs/heads/" + site.nhanhChinh())) {
            ctx.report(site.src(), "nhanh_chinh", Code.INVALID_BRANCH, site.nhanhChinh());
        }
        Map<String, Pos> seen = new HashMap<>();
        for (SiteConfig.Team team : site.nhom()) {
            String path = team.path() + ".id";
            if (team.id() == null) {
                continue;
            }
            if (!team.id().contains("/")) {
                ctx.report(site.src(), path, Code.NOT_A_TEAM, path, team.id());
            }
            Pos first = seen.putIfAbsent(team.id().toLowerCase(java.util.Locale.ROOT), site.src().pos(path));
            if (first != null) {
                ctx.report(site.src(), path, Code.DUPLICATE_ID, path, team.id(), first.line());
            }
        }
        // Only where site.yaml lists teams: a registry that does not use owners --check need not list them.
        if (!site.nhom().isEmpty()) {
            unknownTeams(ctx, seen.keySet());
        }
    }

    /** Each team a unit names and site.yaml does not list, once, where it is first named. */
    private static void unknownTeams(Context ctx, Set<String> listed) {
        List<Unit> units = ctx.index.data.units();
        if (units == null) {
            return;
        }
        Set<String> told = new HashSet<>();
        for (Unit u : units) {
            var paths = u.src().itemPaths("quan_tri");
            for (String account : u.quanTri()) {
                String key = account.toLowerCase(java.util.Locale.ROOT);
                if (account.contains("/") && !listed.contains(key) && told.add(key)) {
                    String path = paths.apply(account);
                    ctx.report(u.src(), path, Code.UNKNOWN_TEAM, u.src().keyPath(path), account);
                }
            }
        }
    }
}
