"""The unix port: micropy as a command-line program on a PC (MicroPython's
unix port).  Read at translation time by interp/portconfig.py."""

NAME = 'unix'
# sys.platform, as MicroPython's unix port reports it on Linux
PLATFORM = 'linux'
# sys.implementation._machine and the banner's "on ..." part
MACHINE = 'linux [micropy RPython] with x86_64'
# folders of .py modules frozen into the binary (relative to this folder)
FROZEN_DIRS = []
# the HAL: the host port's board is a simulator (hal/host/)
HAL_SOURCES = ['hal/host/hal_host.c']
