/*
 * UDP ping load, like udp-load.py but without Python's GIL between the sending and the
 * receiving thread (which made the Python tool drop replies itself when the machine was busy).
 * Sends COUNT pings for app `udp` at RATE per second (0 = flat out) from one connected socket,
 * counts the replies on a second thread, and prints sent, replied, loss, the achieved send rate
 * and the kernel's drop counters of the daemon's socket and of this one (/proc/net/udp[6]).
 * Pacing sleeps until each datagram's due time (timer slack 1 ns) instead of spinning, so the
 * tool leaves the CPU to the daemon between datagrams.
 *
 * Build: cc -O2 -pthread -o udp-load bench/scripts/udp-load.c
 * Usage: udp-load PORT COUNT RATE
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char PAYLOAD[] = "{\"group\":\"app\",\"id\":\"udp\",\"ping\":true}";
static int sock;
static atomic_long replies;
static atomic_int done;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* The drop counter of the UDP socket on 127.0.0.1:port (IPv4, or v4-mapped IPv6), or -1. */
static long drops(int port) {
    const char *tables[] = {"/proc/net/udp", "/proc/net/udp6"};
    char want4[32], want6[64], line[512], local[64];
    snprintf(want4, sizeof want4, "0100007F:%04X", port);
    snprintf(want6, sizeof want6, "0000000000000000FFFF00000100007F:%04X", port);
    for (int t = 0; t < 2; t++) {
        FILE *f = fopen(tables[t], "r");
        if (f == NULL) {
            continue;
        }
        while (fgets(line, sizeof line, f) != NULL) {
            if (sscanf(line, "%*s %63s", local) == 1 && (!strcmp(local, want4) || !strcmp(local, want6))) {
                char *last = NULL;
                for (char *tok = strtok(line, " \n"); tok != NULL; tok = strtok(NULL, " \n")) {
                    last = tok; /* the last column is "drops" */
                }
                fclose(f);
                return last == NULL ? -1 : atol(last);
            }
        }
        fclose(f);
    }
    return -1;
}

/* Counts replies until the sender is done and nothing came for 2 s. */
static void *receive(void *unused) {
    (void) unused;
    struct mmsghdr msgs[64];
    struct iovec iov[64];
    static char bufs[64][2048];
    for (int i = 0; i < 64; i++) {
        iov[i].iov_base = bufs[i];
        iov[i].iov_len = sizeof bufs[i];
        memset(&msgs[i].msg_hdr, 0, sizeof msgs[i].msg_hdr);
        msgs[i].msg_hdr.msg_iov = &iov[i];
        msgs[i].msg_hdr.msg_iovlen = 1;
    }
    for (;;) {
        int n = recvmmsg(sock, msgs, 64, MSG_WAITFORONE, NULL);
        if (n > 0) {
            atomic_fetch_add(&replies, n);
        } else if (atomic_load(&done)) {
            return NULL; /* SO_RCVTIMEO expired after the last datagram was sent */
        }
    }
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s PORT COUNT RATE\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]);
    long count = atol(argv[2]);
    double rate = atof(argv[3]);
    prctl(PR_SET_TIMERSLACK, 1UL);
    sock = socket(AF_INET, SOCK_DGRAM, 0);
    int rcvbuf = 8 << 20;
    setsockopt(sock, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
    struct timeval timeout = {2, 0};
    setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(port)};
    inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    if (connect(sock, (struct sockaddr *) &to, sizeof to) != 0) {
        perror("connect");
        return 1;
    }
    struct sockaddr_in me;
    socklen_t len = sizeof me;
    getsockname(sock, (struct sockaddr *) &me, &len);
    long serverDrops = drops(port), clientDrops = drops(ntohs(me.sin_port));
    pthread_t receiver;
    pthread_create(&receiver, NULL, receive, NULL);
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    double t0 = now();
    for (long i = 0; i < count; i++) {
        if (rate > 0) {
            long long due = (long long) start.tv_sec * 1000000000LL + start.tv_nsec + (long long) (i * 1e9 / rate);
            struct timespec at = {due / 1000000000LL, due % 1000000000LL};
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, NULL);
        }
        if (send(sock, PAYLOAD, sizeof PAYLOAD - 1, 0) < 0) {
            perror("send");
        }
    }
    double elapsed = now() - t0;
    atomic_store(&done, 1);
    pthread_join(receiver, NULL);
    long got = atomic_load(&replies);
    printf("sent=%ld replied=%ld loss=%.2f%% send_rate=%.0f/s server_socket_drops=%ld client_socket_drops=%ld\n",
            count, got, 100.0 * (count - got) / count, count / elapsed,
            drops(port) - serverDrops, drops(ntohs(me.sin_port)) - clientDrops);
    return 0;
}
