#!/bin/sh
# Records its own cgroup, then at once forks a grandchild that leaves its session and group and
# records its own: a daemonizing app racing anything that would move it in after the spawn.
cat /proc/self/cgroup > child.cgroup
setsid /bin/sh -c 'cat /proc/self/cgroup > grandchild.cgroup; echo $$ > grandchild.pid; exec /bin/sleep 300' &
wait
