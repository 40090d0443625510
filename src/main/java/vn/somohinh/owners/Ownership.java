package vn.somohinh.owners;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.SiteConfig;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * Who may change which file, as a roster says: a unit's registration folders ({@code data/registrations/<year>/<id>/})
 * belong to its {@code quan_tri} and to the compiling committee (as in CODEOWNERS), every other file to the committee
 * alone. A team ({@code @org/team}) counts through site.yaml's {@code nhom}, the only place its members are known; a
 * team not listed there has no known member. Accounts compare without case and without their "@": CI variables give
 * {@code nguyen-van-a} where the data writes {@code @Nguyen-Van-A}. Meant to be read from the roster at the base of a
 * change, never from the change itself, or a change could grant itself the right it needs.
 */
public final class Ownership {
    private static final String REGISTRATIONS = "data/registrations/";

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Set<String>> teams = new HashMap<>();
    private final List<String> committee;
    private final String committeeName;

    private Ownership(DataSet roster) {
        if (roster.units() != null) {
            roster.units().stream().filter(u -> u.id() != null).forEach(u -> units.putIfAbsent(u.id(), u));
        }
        SiteConfig site = roster.site();
        if (site != null) {
            site.nhom().stream().filter(t -> t.id() != null).forEach(t -> teams.putIfAbsent(key(t.id()),
                    t.thanhVien().stream().map(Ownership::key).collect(Collectors.toSet())));
        }
        committee = CodeOwners.committee(roster);
        committeeName = CodeOwners.committeeName(roster);
    }

    /** The ownership a roster gives: its units.yaml, site.yaml and campaigns ({@link #rosterFile}). */
    public static Ownership of(DataSet roster) {
        return new Ownership(roster);
    }

    /** The data files ownership is read from; the rest of data/ need not be read at the base. */
    public static boolean rosterFile(String path) {
        return path.equals("data/site.yaml") || path.equals("data/units.yaml") || path.startsWith("data/campaigns/");
    }

    /** Who may change {@code path} (from the site root, with "/"). */
    public Owners owners(String path) {
        String folder = unitFolder(path);
        Unit unit = folder == null ? null : units.get(folder);
        return new Owners(folder, unit != null, unit == null ? List.of() : unit.quanTri(), committee, committeeName);
    }

    /** True when {@code actor} is one of the owners, or a member of a team among them that {@code nhom} lists. */
    public boolean allows(String actor, Owners owners) {
        String who = key(actor);
        return owners.all().anyMatch(account -> isTeam(account)
                ? teams.getOrDefault(key(account), Set.of()).contains(who) : key(account).equals(who));
    }

    /**
     * One {@code not-owner} problem, at 1:1, for each path {@code actor} may not change, naming who may; {@code ref}
     * is the base the roster was read at, which the message names.
     */
    public void check(String actor, Collection<String> paths, String ref, Problems problems) {
        for (String path : paths) {
            Owners owners = owners(path);
            if (!allows(actor, owners)) {
                problems.add(path, 1, 1, Code.NOT_OWNER, shown(actor), owners.place(), owners.describe(), ref,
                        unknownTeams(actor, owners, ref));
            }
        }
    }

    /** "@nguyen-van-a", however the account was given. */
    public static String shown(String account) {
        return "@" + account.strip().replaceFirst("^@", "");
    }

    /** Why a refusal may be wrong: teams among the owners whose members nobody listed. Empty when there are none. */
    private String unknownTeams(String actor, Owners owners, String ref) {
        List<String> unknown = owners.all().filter(a -> isTeam(a) && !teams.containsKey(key(a))).distinct().toList();
        if (unknown.isEmpty()) {
            return "";
        }
        String these = unknown.size() == 1 ? "nhóm " : "các nhóm ";
        return "; chưa biết ai thuộc " + these + String.join(", ", unknown) + " vì danh sách nhom của data/site.yaml ở "
                + ref + " chưa ghi " + these.strip() + " này: nếu " + shown(actor) + " thuộc " + these.strip()
                + " đó, hãy nhờ cơ quan tổng hợp thêm " + these.strip() + " và các thành viên vào nhom ở " + ref + " trước";
    }

    /** The unit folder a path lies in ({@code data/registrations/<year>/<folder>/…}), or null. */
    private static String unitFolder(String path) {
        if (!path.startsWith(REGISTRATIONS)) {
            return null;
        }
        String[] parts = path.substring(REGISTRATIONS.length()).split("/", -1);
        return parts.length >= 3 && !parts[1].isEmpty() ? parts[1] : null;
    }

    private static boolean isTeam(String account) {
        return account.contains("/");
    }

    private static String key(String account) {
        return account.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Who may change one file: the unit's {@code quan_tri} when it lies in a unit's folder ({@code folder} when the
     * path is under a unit folder, {@code unit} when the roster has that unit), and the committee.
     */
    public record Owners(String folder, boolean unit, List<String> maintainers, List<String> committee,
                         String committeeName) {

        /** Every account or team that may change the file, as the roster writes them. */
        Stream<String> all() {
            return Stream.concat(maintainers.stream(), committee.stream());
        }

        /** Where the file is, as far as ownership goes. */
        public String place() {
            if (unit) {
                return "thư mục đăng ký của đơn vị " + folder;
            }
            return folder == null ? "ngoài thư mục đăng ký của các đơn vị"
                    : "thư mục " + folder + " không phải mã đơn vị nào trong data/units.yaml";
        }

        /** "quan_tri của đơn vị xa-loc-an (@a, @org/nhom) và cơ quan tổng hợp Ban Tổ chức Huyện ủy (@org/btc)". */
        public String describe() {
            String committee = this.committee.isEmpty()
                    ? "cơ quan tổng hợp (data/units.yaml chưa ghi tài khoản nào của cơ quan này: cần một đơn vị có tên trùng"
                    + " co_quan_tong_hop của đợt mới nhất, với quan_tri)"
                    : "cơ quan tổng hợp" + (committeeName == null ? "" : " " + committeeName)
                    + " (" + String.join(", ", this.committee) + ")";
            return maintainers.isEmpty() ? committee
                    : "quan_tri của đơn vị " + folder + " (" + String.join(", ", maintainers) + ") và " + committee;
        }
    }
}
