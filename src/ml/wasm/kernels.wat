;; Folio's sparse kernels in WebAssembly with 128-bit SIMD (two doubles per instruction).
;; Built into src/ml/wasm/kernels-binary.ts by `npm run build:wasm` (wabt); src/ml/wasm/kernels.ts
;; loads them and falls back to the TypeScript kernels where WebAssembly SIMD is missing.
;; Arguments are byte offsets into the module's memory: CSR arrays (indptr, indices: i32; data: f64)
;; and dense row-major f64 matrices.
(module
  (memory (export "memory") 1)

  ;; out (rows × p) = A · B, A sparse (rows × n, CSR), B dense (n × p). Each output row is built in
  ;; blocks of 8, 4 and 2 columns whose sums stay in registers while the row's entries stream past.
  (func (export "multiplyDense")
    (param $indptr i32) (param $indices i32) (param $data i32) (param $rows i32) (param $b i32) (param $p i32) (param $out i32)
    (local $i i32) (local $start i32) (local $end i32) (local $c i32) (local $e i32) (local $o i32) (local $outRow i32)
    (local $v v128) (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $s f64)
    (block $rowsDone (loop $row
      (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $rows)))
      (local.set $start (i32.load (i32.add (local.get $indptr) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $end (i32.load offset=4 (i32.add (local.get $indptr) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $outRow (i32.add (local.get $out) (i32.shl (i32.mul (local.get $i) (local.get $p)) (i32.const 3))))
      (local.set $c (i32.const 0))
      ;; columns c .. c+7: 4 accumulators of two doubles, kept in registers
      (block $done8 (loop $next8
        (br_if $done8 (i32.gt_s (i32.add (local.get $c) (i32.const 8)) (local.get $p)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $a1 (v128.const i64x2 0 0))
        (local.set $a2 (v128.const i64x2 0 0))
        (local.set $a3 (v128.const i64x2 0 0))
        (local.set $e (local.get $start))
        (block $entries8 (loop $entry8
          (br_if $entries8 (i32.ge_u (local.get $e) (local.get $end)))
          (local.set $v (f64x2.splat (f64.load (i32.add (local.get $data) (i32.shl (local.get $e) (i32.const 3))))))
          (local.set $o (i32.add (local.get $b) (i32.shl (i32.add (i32.mul (i32.load (i32.add (local.get $indices) (i32.shl (local.get $e) (i32.const 2)))) (local.get $p)) (local.get $c)) (i32.const 3))))
          (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $v) (v128.load offset=0 align=8 (local.get $o)))))
          (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $v) (v128.load offset=16 align=8 (local.get $o)))))
          (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (local.get $v) (v128.load offset=32 align=8 (local.get $o)))))
          (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (local.get $v) (v128.load offset=48 align=8 (local.get $o)))))
          (local.set $e (i32.add (local.get $e) (i32.const 1)))
          (br $entry8)))
        (local.set $o (i32.add (local.get $outRow) (i32.shl (local.get $c) (i32.const 3))))
        (v128.store offset=0 align=8 (local.get $o) (local.get $a0))
        (v128.store offset=16 align=8 (local.get $o) (local.get $a1))
        (v128.store offset=32 align=8 (local.get $o) (local.get $a2))
        (v128.store offset=48 align=8 (local.get $o) (local.get $a3))
        (local.set $c (i32.add (local.get $c) (i32.const 8)))
        (br $next8)))
      ;; columns c .. c+3: 2 accumulators of two doubles, kept in registers
      (block $done4 (loop $next4
        (br_if $done4 (i32.gt_s (i32.add (local.get $c) (i32.const 4)) (local.get $p)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $a1 (v128.const i64x2 0 0))
        (local.set $e (local.get $start))
        (block $entries4 (loop $entry4
          (br_if $entries4 (i32.ge_u (local.get $e) (local.get $end)))
          (local.set $v (f64x2.splat (f64.load (i32.add (local.get $data) (i32.shl (local.get $e) (i32.const 3))))))
          (local.set $o (i32.add (local.get $b) (i32.shl (i32.add (i32.mul (i32.load (i32.add (local.get $indices) (i32.shl (local.get $e) (i32.const 2)))) (local.get $p)) (local.get $c)) (i32.const 3))))
          (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $v) (v128.load offset=0 align=8 (local.get $o)))))
          (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $v) (v128.load offset=16 align=8 (local.get $o)))))
          (local.set $e (i32.add (local.get $e) (i32.const 1)))
          (br $entry4)))
        (local.set $o (i32.add (local.get $outRow) (i32.shl (local.get $c) (i32.const 3))))
        (v128.store offset=0 align=8 (local.get $o) (local.get $a0))
        (v128.store offset=16 align=8 (local.get $o) (local.get $a1))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))
        (br $next4)))
      ;; columns c .. c+1: 1 accumulators of two doubles, kept in registers
      (block $done2 (loop $next2
        (br_if $done2 (i32.gt_s (i32.add (local.get $c) (i32.const 2)) (local.get $p)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $e (local.get $start))
        (block $entries2 (loop $entry2
          (br_if $entries2 (i32.ge_u (local.get $e) (local.get $end)))
          (local.set $v (f64x2.splat (f64.load (i32.add (local.get $data) (i32.shl (local.get $e) (i32.const 3))))))
          (local.set $o (i32.add (local.get $b) (i32.shl (i32.add (i32.mul (i32.load (i32.add (local.get $indices) (i32.shl (local.get $e) (i32.const 2)))) (local.get $p)) (local.get $c)) (i32.const 3))))
          (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $v) (v128.load offset=0 align=8 (local.get $o)))))
          (local.set $e (i32.add (local.get $e) (i32.const 1)))
          (br $entry2)))
        (local.set $o (i32.add (local.get $outRow) (i32.shl (local.get $c) (i32.const 3))))
        (v128.store offset=0 align=8 (local.get $o) (local.get $a0))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))
        (br $next2)))
      ;; an odd last column
      (if (i32.lt_s (local.get $c) (local.get $p)) (then
        (local.set $s (f64.const 0))
        (local.set $e (local.get $start))
        (block $lastDone (loop $last
          (br_if $lastDone (i32.ge_u (local.get $e) (local.get $end)))
          (local.set $s (f64.add (local.get $s) (f64.mul
            (f64.load (i32.add (local.get $data) (i32.shl (local.get $e) (i32.const 3))))
            (f64.load (i32.add (local.get $b) (i32.shl (i32.add (i32.mul (i32.load (i32.add (local.get $indices) (i32.shl (local.get $e) (i32.const 2)))) (local.get $p)) (local.get $c)) (i32.const 3)))))))
          (local.set $e (i32.add (local.get $e) (i32.const 1)))
          (br $last)))
        (f64.store (i32.add (local.get $outRow) (i32.shl (local.get $c) (i32.const 3))) (local.get $s))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $row)))
  )

  ;; out (n × p) += Aᵀ · B, A sparse (rows × n, CSR), B dense (rows × p); the caller zeroes out.
  ;; B's rows are read once, in order; each entry adds its row into a row of out.
  (func (export "multiplyTransposeDense")
    (param $indptr i32) (param $indices i32) (param $data i32) (param $rows i32) (param $b i32) (param $p i32) (param $out i32)
    (local $i i32) (local $e i32) (local $end i32) (local $c i32) (local $bRow i32) (local $o i32) (local $v v128) (local $pairs i32)
    (local.set $pairs (i32.and (local.get $p) (i32.const -2)))
    (block $rowsDone (loop $row
      (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $rows)))
      (local.set $e (i32.load (i32.add (local.get $indptr) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $end (i32.load offset=4 (i32.add (local.get $indptr) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $bRow (i32.add (local.get $b) (i32.shl (i32.mul (local.get $i) (local.get $p)) (i32.const 3))))
      (block $entriesDone (loop $entry
        (br_if $entriesDone (i32.ge_u (local.get $e) (local.get $end)))
        (local.set $v (f64x2.splat (f64.load (i32.add (local.get $data) (i32.shl (local.get $e) (i32.const 3))))))
        (local.set $o (i32.add (local.get $out) (i32.shl (i32.mul (i32.load (i32.add (local.get $indices) (i32.shl (local.get $e) (i32.const 2)))) (local.get $p)) (i32.const 3))))
        (local.set $c (i32.const 0))
        (block $pairsDone (loop $pair
          (br_if $pairsDone (i32.ge_s (local.get $c) (local.get $pairs)))
          (v128.store align=8 (i32.add (local.get $o) (i32.shl (local.get $c) (i32.const 3)))
            (f64x2.add
              (v128.load align=8 (i32.add (local.get $o) (i32.shl (local.get $c) (i32.const 3))))
              (f64x2.mul (local.get $v) (v128.load align=8 (i32.add (local.get $bRow) (i32.shl (local.get $c) (i32.const 3)))))))
          (local.set $c (i32.add (local.get $c) (i32.const 2)))
          (br $pair)))
        (if (i32.lt_s (local.get $c) (local.get $p)) (then
          (f64.store (i32.add (local.get $o) (i32.shl (local.get $c) (i32.const 3)))
            (f64.add
              (f64.load (i32.add (local.get $o) (i32.shl (local.get $c) (i32.const 3))))
              (f64.mul (f64x2.extract_lane 0 (local.get $v)) (f64.load (i32.add (local.get $bRow) (i32.shl (local.get $c) (i32.const 3)))))))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $entry)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $row)))
  )
)
