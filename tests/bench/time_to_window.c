/* SPDX-License-Identifier: GPL-3.0-or-later */
/* time_to_window TITLE PROGRAM [ARGUMENT...]: starts PROGRAM and prints the seconds until the X
 * server maps a top-level window named TITLE, then stops PROGRAM. One X client watches the root
 * window's MapNotify events from before the start, so the measurement neither polls nor takes
 * CPU from the program while it starts (compare.py, for ./build.sh bench). */
#define _POSIX_C_SOURCE 200809L
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int named(Display *display, Window window, const char *title)
{
    char *name = NULL;
    int match = 0;
    if (XFetchName(display, window, &name) && name) {
        match = strcmp(name, title) == 0;
        XFree(name);
    }
    return match;
}

int main(int argc, char *argv[])
{
    if (argc < 3) {
        fprintf(stderr, "usage: time_to_window TITLE PROGRAM [ARGUMENT...]\n");
        return 2;
    }
    Display *display = XOpenDisplay(NULL);
    if (!display) {
        fprintf(stderr, "time_to_window: cannot open the display\n");
        return 1;
    }
    XSelectInput(display, DefaultRootWindow(display), SubstructureNotifyMask);
    XSync(display, False);
    const double start = now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    alarm(30); /* no window at all is a failure, not a hang */
    for (;;) {
        XEvent event;
        XNextEvent(display, &event);
        if (event.type == MapNotify && named(display, event.xmap.window, argv[1])) {
            printf("%.6f\n", now() - start);
            break;
        }
    }
    kill(child, SIGTERM);
    waitpid(child, NULL, 0);
    XCloseDisplay(display);
    return 0;
}
