package vn.somohinh.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import vn.somohinh.pipeline.Recipe;
import vn.somohinh.problem.Problem;
import vn.somohinh.serve.Preview;

/** {@code serve}: build, serve on 127.0.0.1, rebuild on every change, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Dựng trang, phục vụ trên máy này và dựng lại mỗi khi một tệp thay đổi (dừng: Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "Cổng (mặc định: 8820).", converter = PortConverter.class)
    int port = 8820;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Địa chỉ lắng nghe (mặc định: 127.0.0.1, chỉ máy này).",
            converter = AddressConverter.class)
    InetAddress bind = InetAddress.getLoopbackAddress();

    ServeCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Path root = options.root();
        String refusal = OutputGuard.refusal(root, options.out());
        if (refusal != null) {
            session.err().println(refusal);
            return Main.USAGE;
        }
        Preview preview;
        try {
            preview = start(new InetSocketAddress(bind, port));
        } catch (BindException e) {
            session.err().println("Không mở được cổng " + port + " trên " + bind.getHostAddress()
                    + ": cổng đang được dùng hoặc không được phép; hãy chọn cổng khác (--port).");
            return Main.INTERNAL;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // A rebuild under way finishes first, so that its staging folder is removed.
            session.err().println("Đang dừng xem trước…");
            try {
                preview.close();
                session.err().println("Đã dừng xem trước.");
            } catch (IOException e) {
                session.err().println("lỗi nội bộ: " + InternalFailure.describe(e));
            }
            stopped.countDown();
        }, "so-mo-hinh-dung"));
        session.err().println("Xem trước tại " + preview.address() + " (tự dựng lại khi lưu tệp; dừng: Ctrl-C).");
        stopped.await();
        return Main.OK;
    }

    /** Builds and serves the site of the options on {@code address}: what the command runs until Ctrl-C (tests stop it). */
    Preview start(InetSocketAddress address) throws IOException {
        return Preview.start(Checked.recipe(options, session).withCache().keepingStateUntilStop(), options.strict,
                address, terminal());
    }

    private Preview.Terminal terminal() {
        return new Preview.Terminal() {
            @Override
            public void checked(Recipe.Checked checked) throws IOException {
                Checked.print(checked, options, session);
            }

            @Override
            public List<String> lines(List<Problem> problems) {
                return ProblemReport.textLines(problems);
            }

            @Override
            public String describe(Exception failure) {
                return InternalFailure.reason(failure);
            }

            @Override
            public void say(String line) {
                session.err().println(line);
            }
        };
    }

    /** 0 to 65535; 0 takes any free port. */
    static final class PortConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.matches("\\d{1,5}") && Integer.parseInt(value) <= 65535) {
                return Integer.parseInt(value);
            }
            throw new TypeConversionException("hãy ghi một số cổng từ 0 đến 65535, ví dụ 8820");
        }
    }

    /** An IP address (or a host name, looked up once). */
    static final class AddressConverter implements ITypeConverter<InetAddress> {
        @Override
        public InetAddress convert(String value) {
            try {
                return InetAddress.getByName(value);
            } catch (UnknownHostException e) {
                throw new TypeConversionException("không có địa chỉ này: hãy ghi một địa chỉ IP, ví dụ 127.0.0.1 hoặc 0.0.0.0");
            }
        }
    }
}
