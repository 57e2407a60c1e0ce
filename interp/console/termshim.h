#ifndef MICROPY_TERMSHIM_H
#define MICROPY_TERMSHIM_H
int mpterm_isatty(int fd);
int mpterm_set_raw(int fd, int keep_opost);
int mpterm_restore(int fd);
int mpterm_open_pty(char *name, int namelen, int *slave_fd);
int mpterm_attach_stdio(int fd);
int mpterm_poll_in(int fd, int timeout_ms);
int mpterm_write_console(int fd, int slave_fd, const char *buf, int len, int wait_ms);
#endif
