package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s own options and refusals, before anything is served: wrong usage exits 2, a port in use 3. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aWrongPortOrAddressIsWrongUsage() {
        Run port = Run.of("serve", "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("hãy ghi một số cổng từ 0 đến 65535");
        Run bind = Run.of("serve", "--bind", "không.phải.địa.chỉ.invalid");
        assertThat(bind.exit()).isEqualTo(2);
        assertThat(bind.err()).contains("không có địa chỉ này");
    }

    @Test
    void anOutputFolderOverTheSourcesIsRefused() {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        Run run = Run.of("serve", "--root", root.toString(), "--out", root.resolve("data").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("hãy chọn thư mục khác (--out)");
    }

    @Test
    void aPortInUseIsSaidInOneLineBeforeAnythingIsBuilt() throws IOException {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = Run.of("serve", "--root", root.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.err().strip()).isEqualTo("Không mở được cổng " + taken.getLocalPort()
                    + " trên 127.0.0.1: cổng đang được dùng hoặc không được phép; hãy chọn cổng khác (--port).");
            assertThat(Files.exists(root.resolve("target"))).isFalse();
        }
    }
}
