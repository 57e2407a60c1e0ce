/* The terminal side of micropy's console: raw mode for the line editor,
   a pseudo-terminal for board mode (--pty), and polling for Ctrl-C while
   code runs.  Small on purpose: RPython calls these through rffi, the tests
   through cffi. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "termshim.h"

static struct termios saved_termios;
static int saved_fd = -1;

int mpterm_isatty(int fd) { return isatty(fd); }

/* Raw input as MicroPython's unix port sets it while a line is edited: no
   echo, no line buffering, no signals from keys, 8-bit; output processing
   (\n -> \r\n) is kept unless keep_opost is 0. */
int mpterm_set_raw(int fd, int keep_opost)
{
    struct termios t;
    if (tcgetattr(fd, &t) != 0)
        return -1;
    if (saved_fd != fd) {
        saved_termios = t;
        saved_fd = fd;
    }
    t.c_iflag &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON | INLCR | IGNCR);
    t.c_cflag = (t.c_cflag & ~(CSIZE | PARENB)) | CS8;
    t.c_lflag = 0;
    if (!keep_opost)
        t.c_oflag &= ~OPOST;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    return tcsetattr(fd, TCSANOW, &t);
}

/* Back to the mode the terminal had before the first mpterm_set_raw. */
int mpterm_restore(int fd)
{
    if (saved_fd != fd)
        return 0;
    return tcsetattr(fd, TCSANOW, &saved_termios);
}

/* A new pseudo-terminal: returns the master fd (or -1), stores the slave's
   path in name and a descriptor of the slave, in raw mode, in *slave_fd.
   Keeping the slave open lets clients come and go without the master
   seeing a hang-up, and keeps the raw mode between them. */
int mpterm_open_pty(char *name, int namelen, int *slave_fd)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0)
        return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0)
        goto fail;
    const char *sname = ptsname(master);
    if (sname == NULL || (int)strlen(sname) >= namelen)
        goto fail;
    strcpy(name, sname);
    int slave = open(sname, O_RDWR | O_NOCTTY);
    if (slave < 0)
        goto fail;
    struct termios t;
    if (tcgetattr(slave, &t) == 0) {
        cfmakeraw(&t);
        tcsetattr(slave, TCSANOW, &t);
    }
    fcntl(master, F_SETFD, FD_CLOEXEC);
    fcntl(slave, F_SETFD, FD_CLOEXEC);
    *slave_fd = slave;
    return master;
fail:
    close(master);
    return -1;
}

/* Make fd the process's stdin, stdout and stderr. */
int mpterm_attach_stdio(int fd)
{
    for (int i = 0; i < 3; i++)
        if (dup2(fd, i) < 0)
            return -1;
    return 0;
}

/* 1 when fd has input (or an end/hang-up to report), 0 after timeout_ms,
   -1 on error (errno set; EINTR when a signal came). */
int mpterm_poll_in(int fd, int timeout_ms)
{
    struct pollfd p;
    p.fd = fd;
    p.events = POLLIN;
    p.revents = 0;
    int r = poll(&p, 1, timeout_ms);
    if (r < 0)
        return -1;
    return r > 0 ? 1 : 0;
}

/* Write all of buf to a pty master without blocking for ever: when no
   client drains the other side for wait_ms, the unread output queued for it
   is dropped (as a board's USB console drops output nobody reads).
   Returns len, or -1 on error. */
int mpterm_write_console(int fd, int slave_fd, const char *buf, int len, int wait_ms)
{
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0)
        return -1;
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    int done = 0;
    while (done < len) {
        ssize_t n = write(fd, buf + done, (size_t)(len - done));
        if (n > 0) {
            done += (int)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            int e = errno;
            fcntl(fd, F_SETFL, flags);
            errno = e;
            return -1;
        }
        struct pollfd p;
        p.fd = fd;
        p.events = POLLOUT;
        p.revents = 0;
        if (poll(&p, 1, wait_ms) == 0 && slave_fd >= 0)
            tcflush(slave_fd, TCIFLUSH);
    }
    fcntl(fd, F_SETFL, flags);
    return done;
}
