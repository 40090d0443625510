package vn.somohinh.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Problems;

/** The models a writing command ({@code decide}, {@code grade}) works on: a list, or {@code --year} and its filters. */
final class SelectedModels {
    @Option(names = "--year", paramLabel = "Y", description = "Thay cho danh sách: mọi mô hình của năm này.")
    Integer year;

    @Option(names = "--from-status", paramLabel = "S", converter = DecideCommand.StatusConverter.class,
            description = "Cùng --year: chỉ các mô hình đang ở trạng thái này.")
    Status fromStatus;

    @Option(names = "--unit", paramLabel = "ID", description = "Cùng --year: chỉ các mô hình của đơn vị này.")
    String unit;

    @Option(names = "--unit-type", paramLabel = "ID", description = "Cùng --year: chỉ các mô hình của đơn vị thuộc loại này.")
    String unitType;

    @Parameters(paramLabel = "MODEL", arity = "0..*",
            description = "Mô hình: đường dẫn tệp đăng ký, tệp xem xét, hoặc năm/mã-đơn-vị/mã-mô-hình.")
    List<String> models = new ArrayList<>();

    void checkUsage(CommandLine line) {
        boolean filters = fromStatus != null || unit != null || unitType != null;
        if (year != null && !models.isEmpty()) {
            throw UsageErrors.refused(line, "hãy ghi hoặc danh sách mô hình, hoặc --year, không ghi cả hai.");
        }
        if (year == null && filters) {
            throw UsageErrors.refused(line, "--from-status, --unit, --unit-type chỉ dùng cùng --year: hãy thêm --year.");
        }
        if (year == null && models.isEmpty()) {
            throw UsageErrors.refused(line, "chưa chọn mô hình nào: hãy ghi các mô hình (ví dụ 2023/xa-loc-an/ca-phe-ben-vung) hoặc --year.");
        }
    }

    List<ModelKey> keys(DataSet data, Problems refusals) {
        return year == null ? ModelSelection.named(models, refusals)
                : ModelSelection.select(data, year, fromStatus, unit, unitType, refusals);
    }
}
