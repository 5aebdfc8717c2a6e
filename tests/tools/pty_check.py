# Runs `BIN check` with no file on a pseudo-terminal, types one line and Ctrl-D, and
# prints what the terminal showed (for tests/cli.rs).
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], "check"])
os.write(fd, b"Mum will ring the GP by 3 May.\n")
os.write(fd, b"\x04")
out = b""
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace"))
