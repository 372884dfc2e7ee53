#!/usr/bin/env python3
"""Per-thread CPU of a starting daemon, in 100 ms buckets, until its first /status/ answer
(issue #6). Samples /proc/PID/task/*/stat every 10 ms. Usage: startup-timeline.py N [enabled]"""
import os,subprocess,time,sys,urllib.request,collections,tempfile,shutil
root=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
work=tempfile.mkdtemp()
os.symlink('/bin/sleep',work+'/sleep')
cfg=subprocess.check_output(['python3',root+'/bench/scripts/make-config.py',sys.argv[1] if len(sys.argv)>1 else '500','18422','11249',work,sys.argv[2] if len(sys.argv)>2 else ''])
open(work+'/config.json','wb').write(cfg)
tck=os.sysconf('SC_CLK_TCK')
t0=time.time()
p=subprocess.Popen([root+'/bin/patrol','--config',work+'/config.json'],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
samples=[]
first=None
while time.time()-t0<3:
    now=time.time()-t0
    snap={}
    try:
        for tid in os.listdir(f'/proc/{p.pid}/task'):
            try:
                s=open(f'/proc/{p.pid}/task/{tid}/stat').read()
                name=s[s.index('(')+1:s.rindex(')')]
                f=s[s.rindex(')')+2:].split()
                snap[(tid,name)]=(int(f[11])+int(f[12]))*1000//tck
            except Exception: pass
    except Exception: pass
    samples.append((now,snap))
    if first is None:
        try:
            urllib.request.urlopen('http://127.0.0.1:18422/status/',timeout=0.05).read(); first=now
        except Exception: pass
    elif now>first+0.05: break
    time.sleep(0.01)
p.terminate(); p.wait(); shutil.rmtree(work)
print('first status at %.0f ms'%(first*1000))
# per 100ms bucket: cpu ms per thread group
prev={}
buckets=collections.defaultdict(lambda: collections.Counter())
for now,snap in samples:
    b=int(now*10)
    for k,v in snap.items():
        d=v-prev.get(k,0)
        if d>0:
            n=k[1]
            g='C1' if 'C1' in n else 'C2' if 'C2' in n else 'main' if n=='java' else n[:16]
            buckets[b][g]+=d
        prev[k]=v
for b in sorted(buckets):
    c=buckets[b]; tot=sum(c.values())
    print('%4d-%4d ms: total %3d  %s'%(b*100,b*100+100,tot,' '.join('%s=%d'%(k,v) for k,v in c.most_common(5))))
